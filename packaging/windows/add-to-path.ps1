# Puts copydesk-cli.exe on the user's PATH after installing Copydesk-VERSION.msi (the installer
# made by JDK 17's jpackage cannot change PATH itself):
#   powershell -ExecutionPolicy Bypass -File add-to-path.ps1 [-InstallDir <folder>] [-Remove]
# Default folder: %LOCALAPPDATA%\Copydesk, where the per-user .msi installs. Open a new terminal
# afterwards; then `copydesk-cli --version` works anywhere.
param([string]$InstallDir = (Join-Path $env:LOCALAPPDATA 'Copydesk'), [switch]$Remove)
$ErrorActionPreference = 'Stop'
if (-not $Remove -and -not (Test-Path (Join-Path $InstallDir 'copydesk-cli.exe'))) {
    throw "no copydesk-cli.exe in ${InstallDir}: pass -InstallDir with the folder Copydesk was installed to"
}
$parts = @([Environment]::GetEnvironmentVariable('Path', 'User') -split ';' | Where-Object { $_ -and ($_.TrimEnd('\') -ne $InstallDir.TrimEnd('\')) })
if (-not $Remove) { $parts += $InstallDir }
[Environment]::SetEnvironmentVariable('Path', ($parts -join ';'), 'User')
Write-Host ($(if ($Remove) { "Removed $InstallDir from" } else { "Added $InstallDir to" }) + ' your PATH; open a new terminal.')
