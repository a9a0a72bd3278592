#!/bin/bash
# Keystroke to painted results in the real window (issue 13, item 4): starts the window on an X display with the
# typing probe (gui/TypingProbe), which types every query of keystrokes-100k.txt into the search box key by key once
# the window's start-up work has settled, and writes each key's time to the answer shown and to the first layout
# pulse after it, with p50/p90/p99/max per round, to OUT; the window then closes. Then the same keys through the
# command line's as-you-type batch (took_ms), with 10 results (the command line's page) and with 200 (the window's);
# CLI=0 leaves the command line out. Also printed: the window's resident memory just after the typing run (ps -o rss,
# and its anonymous and file-backed parts from /proc/PID/status; the window is stopped for the moment it is read, with
# SMAPS=1 its mappings are written to OUT.smaps) and its peak before, and the CPU time the window's process used
# while the probe typed (from its log's "typing after" to its figures), in all and per key. Not a test.
#   window-typing.sh JAR DATA_DIR OUT [JVM options...]   (DISPLAY set, e.g. Xvfb :91 -screen 0 1400x900x24)
# DATA_DIR is a data folder with an index in it, e.g. one `index` made of ../shared/tools/gen_scale.py's 100,000
# files; it is used as it is (copy it first to keep the original). JVM options e.g.
# -Dcollateralfinder.typing.probe.rounds=2 (default), -Dcollateralfinder.search.debounce.ms=0,
# -XX:StartFlightRecording=filename=window.jfr,settings=profile
set -eu
JAR=$1; DATA=$2; OUT=$3; shift 3
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
KEYS=$(dirname "$0")/keystrokes-100k.txt
rm -f "$OUT" "$OUT.after" "$OUT.smaps"
# the heap options are the packaged launcher's (LauncherOptionsTest keeps them in step)
COLLATERAL_FINDER_HOME=$DATA "$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -Xmx768m -XX:G1PeriodicGCInterval=30000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 \
  -Dcollateralfinder.typing.probe="$KEYS" -Dcollateralfinder.typing.probe.out="$OUT" "$@" \
  -cp "$JAR" org.collateralfinder.Main >/dev/null 2>&1 &
PID=$!
: > "$OUT.rss"
LOG=$DATA/logs/collateral-finder.log
LINES=$(wc -l < "$LOG" 2>/dev/null || echo 0)
cpu() { awk '{ print $14 + $15 }' /proc/$PID/stat 2>/dev/null || echo 0; } # utime + stime, in clock ticks
mem() { echo "$(ps -o rss= -p $PID 2>/dev/null || true)" \
  "$(awk '/^RssAnon|^RssFile/ { printf "%s ", $2 }' /proc/$PID/status 2>/dev/null || true)"; }
typing_cpu=""
# every quarter second; once the probe has written its figures the window is stopped (SIGSTOP) for a moment and its
# memory read (with SMAPS=1 its mappings too), then it goes on and closes
while kill -0 $PID 2>/dev/null; do
  if [ -z "$typing_cpu" ] && tail -n +$((LINES + 1)) "$LOG" 2>/dev/null | grep -q "Typing probe: typing after"; then
    typing_cpu=$(cpu)
  fi
  if [ -s "$OUT" ]; then
    kill -STOP $PID 2>/dev/null || true
    echo "$(mem) $(( $(cpu) - ${typing_cpu:-0} ))" > "$OUT.after"
    [ "${SMAPS:-0}" = 1 ] && cat /proc/$PID/smaps > "$OUT.smaps" 2>/dev/null
    kill -CONT $PID 2>/dev/null || true
    break
  fi
  mem >> "$OUT.rss"
  sleep 0.25
done
wait $PID || true
grep '^# r\|^# a' "$OUT"
rss=0; anon=0; file=0; ticks=0
read -r rss anon file ticks < "$OUT.after" || true
keys=$(grep -vc '^#' "$OUT" || true)
peak=$(awk 'NF == 3 && $1 > p { p = $1 } END { print p + 0 }' "$OUT.rss")
echo "window resident memory (ps -o rss) just after typing: $((rss / 1024)) MB (anonymous $((anon / 1024)) MB," \
  "file-backed $((file / 1024)) MB); peak before $((peak / 1024)) MB"
echo "window CPU while typing (user + system, all threads): $((ticks * 1000 / $(getconf CLK_TCK))) ms for $keys keys," \
  "$((ticks * 1000 / $(getconf CLK_TCK) / (keys > 0 ? keys : 1))) ms a key"
[ "${CLI:-1}" = 0 ] && exit 0
for limit in 10 200; do
  "$JAVA" -jar "$JAR" search --data-dir "$DATA" --json --as-you-type --batch "$KEYS" --limit $limit > "$OUT.cli-$limit"
  python3 - "$OUT.cli-$limit" "$limit" <<'PY'
import json, math, sys
ms = [json.loads(l)["took_ms"] for l in open(sys.argv[1]) if l.startswith("{")]
s = sorted(ms)
r = lambda p: s[max(0, math.ceil(p / 100 * len(s)) - 1)]
print(f"command line, --limit {sys.argv[2]}: {len(ms)} keys, took_ms first {ms[0]:.1f}, p50 {r(50):.1f}, "
      f"p90 {r(90):.1f}, p99 {r(99):.1f}, max {s[-1]:.1f} ms")
PY
done
