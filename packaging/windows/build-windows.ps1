# Builds Copydesk for Windows: powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1 [-NoJar] [-AppImage]
# Run on Windows (jpackage builds only for the system it runs on), from the project folder, with a
# JDK 17 ($env:JAVA_HOME) and Maven; the .msi also needs WiX Toolset 3.x (candle.exe and light.exe
# on the PATH; JDK 17's jpackage does not support WiX 4 or later). Untested on these Linux machines.
#
# Leaves in target\packaging\:
#   runtime\                the jlink image (modules: packaging\common\jlink-modules)
#   Copydesk\               the app-image: Copydesk.exe (window, or files to import),
#                           copydesk-cli.exe (console: every command), app\copydesk.jar, runtime\
#   Copydesk-VERSION.msi    per-user install into %LOCALAPPDATA%\Copydesk, no administrator needed;
#                           Start menu and desktop shortcuts, .jsonl and .ndjson open in Copydesk
#
# The jar must be built on Windows: Maven then picks JavaFX's Windows natives.
param([switch]$NoJar, [switch]$AppImage)
$ErrorActionPreference = 'Stop'

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Out = Join-Path $Root 'target\packaging'
$Jar = Join-Path $Root 'target\copydesk.jar'
# Keep this UUID for every version: it is how an installer finds the older Copydesk to replace.
$UpgradeUuid = '3e4cbafb-a6d1-4bdc-a102-fc6abbe135e2'

$Jdk = $env:JAVA_HOME
if (-not $Jdk -or -not (Test-Path (Join-Path $Jdk 'bin\jpackage.exe')) -or -not (Test-Path (Join-Path $Jdk 'jmods\java.base.jmod'))) {
    throw 'Set JAVA_HOME to a JDK 17 with jlink, jpackage and jmods'
}
$Jlink = Join-Path $Jdk 'bin\jlink.exe'
$Jpackage = Join-Path $Jdk 'bin\jpackage.exe'

if (-not $NoJar) {
    Push-Location $Root
    try { mvn -q package -DskipTests; if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' } } finally { Pop-Location }
}
if (-not (Test-Path $Jar)) { throw "no $Jar" }

# The version from the jar's manifest, digits and dots only.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($Jar)
try {
    $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd(); $reader.Close()
} finally { $zip.Dispose() }
$Version = ([regex]::Match($manifest, 'Implementation-Version:\s*([0-9.]+)')).Groups[1].Value
if (-not $Version) { throw "no Implementation-Version in $Jar" }

# The same module list as Linux and macOS.
$Modules = (Get-Content (Join-Path $Root 'packaging\common\jlink-modules') |
    ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ }) -join ','

New-Item -ItemType Directory -Force $Out | Out-Null
$Runtime = Join-Path $Out 'runtime'
if (Test-Path $Runtime) { Remove-Item -Recurse -Force $Runtime }
Write-Host "==> jlink runtime ($Modules)"
# No --strip-debug: stack traces in the log keep their line numbers.
& $Jlink --add-modules $Modules --no-header-files --no-man-pages --strip-native-commands --compress=2 --output $Runtime
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

$InputDir = Join-Path $Out 'input'
if (Test-Path $InputDir) { Remove-Item -Recurse -Force $InputDir }
New-Item -ItemType Directory -Force $InputDir | Out-Null
Copy-Item $Jar (Join-Path $InputDir 'copydesk.jar')

$Common = @('--name', 'Copydesk', '--app-version', $Version,
    '--description', 'A review desk for AI-generated article drafts', '--vendor', 'Copydesk',
    '--copyright', 'Copyright the Copydesk developers')
$App = @('--input', $InputDir, '--main-jar', 'copydesk.jar', '--main-class', 'com.copydesk.app.Main',
    '--runtime-image', $Runtime, '--icon', (Join-Path $Root 'icons\copydesk.ico'),
    '--add-launcher', ('copydesk-cli=' + (Join-Path $Root 'packaging\windows\copydesk-cli.properties')))

if ($AppImage) {
    $Image = Join-Path $Out 'Copydesk'
    if (Test-Path $Image) { Remove-Item -Recurse -Force $Image }
    Write-Host '==> jpackage app-image'
    & $Jpackage --type app-image --dest $Out @Common @App
    if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }
    & (Join-Path $Image 'copydesk-cli.exe') --version
    exit 0
}

# The .msi is made from the inputs: file associations are written by the installer.
Write-Host '==> jpackage msi'
& $Jpackage --type msi --dest $Out @Common @App `
    --file-associations (Join-Path $Root 'packaging\common\jsonl.properties') `
    --file-associations (Join-Path $Root 'packaging\common\ndjson.properties') `
    --win-per-user-install --win-dir-chooser --win-menu --win-menu-group 'Copydesk' --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
Get-ChildItem (Join-Path $Out '*.msi')
