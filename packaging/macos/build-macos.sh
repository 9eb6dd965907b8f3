#!/usr/bin/env bash
# Builds Copydesk for macOS: packaging/macos/build-macos.sh [--no-jar] [--app-image]
# Run on a Mac (jpackage builds only for the system it runs on), from the project folder, with a
# JDK 17 (java_home -v 17 or $JAVA_HOME) and Maven. Untested on these Linux build machines.
#
# Leaves in target/packaging/:
#   runtime/                   the jlink image (same modules as Linux: packaging/common/jlink-modules)
#   Copydesk.app               the app-image: Contents/MacOS/Copydesk is the launcher
#   Copydesk-VERSION.dmg       drag-to-Applications disk image
#
# The jar must be built on the Mac: Maven then picks JavaFX's macOS natives (mac or mac-aarch64).
# Signing and notarisation: set MAC_SIGNING_KEY to the "Developer ID Application: ..." name in the
# keychain and the script adds --mac-sign; notarise the .dmg afterwards with `xcrun notarytool`.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../common/lib.sh
. "$ROOT/packaging/common/lib.sh"

[ "$(uname -s)" = Darwin ] || die "build-macos.sh runs on macOS; on Linux use packaging/build-linux.sh"
build_jar=yes
only_app_image=no
for arg in "$@"; do
  case "$arg" in
    --no-jar) build_jar=no ;;
    --app-image) only_app_image=yes ;;
    *) die "unknown option $arg" ;;
  esac
done

JDK=$(find_jdk) || die "no JDK 17 with jlink, jpackage and jmods: set JAVA_HOME"
OUT="$ROOT/target/packaging"
JAR="$ROOT/target/copydesk.jar"
mkdir -p "$OUT"
if [ "$build_jar" = yes ]; then
  (cd "$ROOT" && mvn -q package -DskipTests)
fi
VERSION=$(jar_version "$JAR")
# CFBundleVersion wants 1 to 3 numbers, the first not 0.
MAC_VERSION=$VERSION
case "$MAC_VERSION" in 0.*) MAC_VERSION="1.${MAC_VERSION#0.}" ;; esac

build_runtime "$JDK" "$OUT/runtime"
INPUT="$OUT/input"
rm -rf "$INPUT" "$OUT/Copydesk.app"
mkdir -p "$INPUT"
cp "$JAR" "$INPUT/copydesk.jar"

sign=()
if [ -n "${MAC_SIGNING_KEY:-}" ]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY")
fi

common=(--name "$COPYDESK_NAME" --app-version "$MAC_VERSION"
        --description "$COPYDESK_DESCRIPTION" --vendor "$COPYDESK_VENDOR" --copyright "$COPYDESK_COPYRIGHT")

app=(--input "$INPUT" --main-jar copydesk.jar --main-class "$COPYDESK_MAIN_CLASS"
     --runtime-image "$OUT/runtime" --icon "$ROOT/icons/copydesk.icns"
     --mac-package-identifier com.copydesk.desk --mac-package-name "$COPYDESK_NAME"
     --mac-app-category public.app-category.productivity
     --mac-entitlements "$ROOT/packaging/macos/copydesk.entitlements")

if [ "$only_app_image" = yes ]; then
  say "jpackage app-image"
  "$JDK/bin/jpackage" --type app-image --dest "$OUT" "${common[@]}" "${app[@]}" "${sign[@]}"
  say "app-image: $OUT/Copydesk.app"
  exit 0
fi

# The .dmg is made from the inputs, not from an app-image: the file associations go into the
# app's Info.plist (CFBundleDocumentTypes), which jpackage writes only when it makes the app.
say "jpackage dmg"
rm -f "$OUT"/*.dmg
"$JDK/bin/jpackage" --type dmg --dest "$OUT" "${common[@]}" "${app[@]}" "${sign[@]}" \
    --file-associations "$ROOT/packaging/common/jsonl.properties" \
    --file-associations "$ROOT/packaging/common/ndjson.properties"
ls -l "$OUT"/*.dmg
