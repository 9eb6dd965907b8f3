# Sourced by the desk benchmarks (desk-startup.sh, desk-import-heap.sh): a work folder and an Xvfb
# display (1280x760, its own number) for one run; both go at exit, and so does the app started as
# $app. Usage: . "$here/bench/xvfb.sh" NAME   (sets work, display, xvfb, app)
work="$(mktemp -d "/tmp/$1.XXXXXX")"
display=":$(( 90 + RANDOM % 9 ))"
Xvfb "$display" -screen 0 1280x760x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
sleep 1
