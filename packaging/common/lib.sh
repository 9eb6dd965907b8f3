# Shared by packaging/build-linux.sh and packaging/macos/build-macos.sh (sourced, not run).
# Needs ROOT (the project folder) set by the caller.

COPYDESK_NAME=Copydesk
COPYDESK_DESCRIPTION="A review desk for AI-generated article drafts"
COPYDESK_VENDOR="Copydesk"
COPYDESK_COPYRIGHT="Copyright the Copydesk developers"
COPYDESK_MAIN_CLASS=com.copydesk.app.Main

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# A JDK 17 with jlink, jpackage and its jmods: $JAVA_HOME if it is one, else the system's.
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/*17* \
      "$( [ -x /usr/libexec/java_home ] && /usr/libexec/java_home -v 17 2>/dev/null )"; do
    [ -n "$candidate" ] || continue
    if [ -x "$candidate/bin/jlink" ] && [ -x "$candidate/bin/jpackage" ] && [ -f "$candidate/jmods/java.base.jmod" ] \
        && grep -q '^JAVA_VERSION="17' "$candidate/release" 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# The module list of packaging/common/jlink-modules, comma-separated.
jlink_modules() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' "$ROOT/packaging/common/jlink-modules" | grep -v '^$' | paste -sd, -
}

# The version in the jar's manifest (Implementation-Version), as jpackage wants it: digits and dots.
jar_version() {
  local jar=$1 version
  version=$(unzip -p "$jar" META-INF/MANIFEST.MF 2>/dev/null | tr -d '\r' | sed -n 's/^Implementation-Version: *//p')
  [ -n "$version" ] || die "no Implementation-Version in $jar"
  echo "${version%%[-+]*}"
}

# jlink: only the modules listed, no header files or man pages; debug information is kept, so
# stack traces in the log have line numbers.
build_runtime() {
  local jdk=$1 out=$2
  rm -rf "$out"
  say "jlink runtime ($(jlink_modules))"
  "$jdk/bin/jlink" --add-modules "$(jlink_modules)" --no-header-files --no-man-pages \
      --strip-native-commands --compress=2 --output "$out"
}
