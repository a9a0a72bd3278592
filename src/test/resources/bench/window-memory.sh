#!/bin/bash
# The window's resident memory with a large index: starts the window on an X display, types eight searches
# into the search box with xdotool, and prints the window's resident memory (anonymous and file-backed, from
# /proc/PID/status) after start, after the searches, and after 2 and 5 idle minutes. Not a test.
#   window-memory.sh JAR DATA_DIR [JVM options...]      (DISPLAY set, e.g. Xvfb :91 -screen 0 1400x900x24)
# DATA_DIR is a data folder (COLLATERAL_FINDER_HOME) with an index in it, e.g. one `index` made of
# ../shared/tools/gen_scale.py's 100,000 files; it is used as it is (copy it first to keep the original).
set -eu
JAR=$1; DATA=$2; shift 2
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
COLLATERAL_FINDER_HOME=$DATA "$JAVA" --enable-native-access=ALL-UNNAMED,javafx.graphics \
  --sun-misc-unsafe-memory-access=allow "$@" -cp "$JAR" org.collateralfinder.Main >/dev/null 2>&1 &
PID=$!
rss() { echo "$1: $(awk '/VmHWM|VmRSS|RssAnon|RssFile/ {printf "%s %d MB  ", $1, $2 / 1024}' /proc/$PID/status)"; }
sleep 90; rss "started (90 s)"
for q in "prototype accepts" "support check" "perl" "merge two" "object identifier" "distutils command" "tab" "slot typedefs"; do
  xdotool mousemove 653 65 click 1; sleep 0.5; xdotool key ctrl+a; xdotool type --delay 120 "$q"; sleep 4
done
rss "after 8 searches"
sleep 120; rss "idle 2 min"
sleep 180; rss "idle 5 min"
kill $PID; wait $PID 2>/dev/null || true
