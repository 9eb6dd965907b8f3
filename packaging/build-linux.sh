#!/usr/bin/env bash
# Builds Copydesk's Linux packages with one command, from the project folder:
#
#   packaging/build-linux.sh            jar, runtime, app-image, .deb and .tar.gz
#   packaging/build-linux.sh --app-image    stop after the app-image (what CI tests)
#   packaging/build-linux.sh --no-jar ...   use the existing target/copydesk.jar
#
# Everything lands in target/packaging/:
#   runtime/                      the jlink image (modules: packaging/common/jlink-modules)
#   copydesk/                     the app-image: bin/copydesk (the launcher), lib/app/copydesk.jar
#                                 (the shaded jar, unchanged), lib/app/share/ (desktop entry,
#                                 icons, MIME types), lib/runtime/
#   copydesk_VERSION-1_amd64.deb  installs to /opt/copydesk; postinst adds /usr/bin/copydesk,
#                                 the desktop entry, the icon and the .jsonl/.ndjson types
#   copydesk-VERSION-linux-x64.tar.gz  the app-image, for other distributions
#
# Needs a JDK 17 with jlink, jpackage and jmods ($JAVA_HOME or /usr/lib/jvm), Maven unless
# --no-jar, and for the .deb fakeroot and dpkg-deb; as root on Debian it installs what is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=common/lib.sh
. "$ROOT/packaging/common/lib.sh"

build_jar=yes
only_app_image=no
for arg in "$@"; do
  case "$arg" in
    --no-jar) build_jar=no ;;
    --app-image) only_app_image=yes ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "unknown option $arg (try --help)" ;;
  esac
done

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $*"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    die "please install: $*"
  fi
}

JDK=$(find_jdk) || { apt_install openjdk-17-jdk-headless; JDK=$(find_jdk) || die "no JDK 17 with jlink, jpackage and jmods"; }
command -v unzip >/dev/null 2>&1 || apt_install unzip
say "JDK: $JDK"

OUT="$ROOT/target/packaging"
JAR="$ROOT/target/copydesk.jar"
mkdir -p "$OUT"

if [ "$build_jar" = yes ]; then
  say "mvn package"
  (cd "$ROOT" && mvn -q package -DskipTests)
fi
[ -f "$JAR" ] || die "no $JAR: run mvn package first, or drop --no-jar"
VERSION=$(jar_version "$JAR")

build_runtime "$JDK" "$OUT/runtime"

# What goes into lib/app: the jar as it is, and the desktop integration postinst installs.
INPUT="$OUT/input"
rm -rf "$INPUT"
mkdir -p "$INPUT/share/applications" "$INPUT/share/mime/packages" "$INPUT/share/icons/hicolor/scalable/apps"
cp "$JAR" "$INPUT/copydesk.jar"
cp "$ROOT/packaging/linux/copydesk.desktop" "$INPUT/share/applications/copydesk.desktop"
cp "$ROOT/packaging/linux/copydesk-mime.xml" "$INPUT/share/mime/packages/copydesk.xml"
cp "$ROOT/icons/copydesk.svg" "$INPUT/share/icons/hicolor/scalable/apps/copydesk.svg"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$INPUT/share/icons/hicolor/${size}x${size}/apps"
  cp "$ROOT/icons/png/copydesk-$size.png" "$INPUT/share/icons/hicolor/${size}x${size}/apps/copydesk.png"
done

say "jpackage app-image $VERSION"
rm -rf "$OUT/copydesk"
"$JDK/bin/jpackage" --type app-image --dest "$OUT" --name copydesk --app-version "$VERSION" \
    --input "$INPUT" --main-jar copydesk.jar --main-class "$COPYDESK_MAIN_CLASS" \
    --runtime-image "$OUT/runtime" --icon "$ROOT/icons/png/copydesk-256.png" \
    --description "$COPYDESK_DESCRIPTION" --vendor "$COPYDESK_VENDOR" --copyright "$COPYDESK_COPYRIGHT"

if [ "$only_app_image" = yes ]; then
  say "app-image: $OUT/copydesk ($(du -sh "$OUT/copydesk" | cut -f1))"
  exit 0
fi

command -v fakeroot >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 || apt_install fakeroot dpkg
say "jpackage deb"
rm -f "$OUT"/copydesk_*.deb
"$JDK/bin/jpackage" --type deb --dest "$OUT" --app-image "$OUT/copydesk" --name copydesk \
    --app-version "$VERSION" --resource-dir "$ROOT/packaging/linux" \
    --linux-package-name copydesk --linux-app-release 1 --linux-app-category text \
    --linux-deb-maintainer "copydesk@example.org" \
    --description "$COPYDESK_DESCRIPTION" --vendor "$COPYDESK_VENDOR" --copyright "$COPYDESK_COPYRIGHT"

say "tar.gz"
TARBALL="$OUT/copydesk-$VERSION-linux-x64.tar.gz"
tar -C "$OUT" -czf "$TARBALL" copydesk

say "done:"
du -sh "$OUT/copydesk" >&2
ls -l "$OUT"/copydesk_*.deb "$TARBALL" >&2
