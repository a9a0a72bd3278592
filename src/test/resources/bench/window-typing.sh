#!/bin/bash
# Keystroke to painted results in the real window (issue 13, item 4): starts the window on an X display with the
# typing probe (gui/TypingProbe), which types every query of keystrokes-100k.txt into the search box key by key once
# the window's start-up work has settled, and writes each key's time to the answer shown and to the first layout
# pulse after it, with p50/p90/p99/max per round, to OUT; the window then closes. Then the same keys through the
# command line's as-you-type batch (took_ms), with 10 results (the command line's page) and with 200 (the window's);
# CLI=0 leaves the command line out. Also printed, from samples taken four times a second: the window's resident
# memory just after the typing run (ps -o rss, and its anonymous and file-backed parts from /proc/PID/status; with
# SMAPS=1 its mappings, to OUT.smaps) and its peak, and the CPU time the window's process used while the probe typed
# (from its log's "typing after" to the last sample), in all and per key, with THREADS=1 per thread. Not a test.
#   window-typing.sh JAR DATA_DIR OUT [JVM options...]   (DISPLAY set, e.g. Xvfb :91 -screen 0 1400x900x24)
# DATA_DIR is a data folder with an index in it, e.g. one `index` made of ../shared/tools/gen_scale.py's 100,000
# files; it is used as it is (copy it first to keep the original). JVM options e.g.
# -Dcollateralfinder.typing.probe.rounds=2 (default), -Dcollateralfinder.search.debounce.ms=0,
# -XX:StartFlightRecording=filename=window.jfr,settings=profile
set -eu
JAR=$1; DATA=$2; OUT=$3; shift 3
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
KEYS=${KEYS:-$(dirname "$0")/keystrokes-100k.txt} # KEYS=FILE types another list
rm -f "$OUT" "$OUT.after" "$OUT.smaps" "$OUT.smaps.next" "$OUT.threads-start" "$OUT.threads-end" "$OUT.threads-next"
# the heap options are the packaged launcher's (LauncherOptionsTest keeps them in step)
COLLATERAL_FINDER_HOME=$DATA "$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -Xmx768m -XX:G1PeriodicGCInterval=30000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 \
  -Dcollateralfinder.typing.probe="$KEYS" -Dcollateralfinder.typing.probe.out="$OUT" "$@" \
  -cp "$JAR" org.collateralfinder.Main >/dev/null 2>&1 &
PID=$!
: > "$OUT.rss" # resident, anonymous, file-backed (kB), CPU while typing (ticks)
LOG=$DATA/logs/collateral-finder.log
LINES=$(wc -l < "$LOG" 2>/dev/null || echo 0)
cpu() { awk '{ print $14 + $15 }' /proc/$PID/stat 2>/dev/null || echo 0; } # utime + stime, in clock ticks
mem() { echo "$(ps -o rss= -p $PID 2>/dev/null || true)" \
  "$(awk '/^RssAnon|^RssFile/ { printf "%s ", $2 }' /proc/$PID/status 2>/dev/null || true)"; }
# each thread's name and CPU ticks (utime + stime); the name is the field in parentheses, which may hold spaces
threads() { for t in /proc/$PID/task/*/stat; do sed -E 's/^[0-9]+ \((.*)\) [A-Za-z] (.*)$/\1|\2/' "$t" 2>/dev/null \
  | awk -F'|' '{ split($2, f, " "); print f[11] + f[12] "\t" $1 }'; done; }
typing_cpu=""
last=""
# every quarter second until the probe has written its figures (the window then closes): the last sample before them
# is the window just after typing (with SMAPS=1 its mappings are read with it)
while kill -0 $PID 2>/dev/null && [ ! -s "$OUT" ]; do
  if [ -z "$typing_cpu" ] && tail -n +$((LINES + 1)) "$LOG" 2>/dev/null | grep -q "Typing probe: typing after"; then
    typing_cpu=$(cpu)
    [ "${THREADS:-0}" = 1 ] && threads > "$OUT.threads-start"
  fi
  sample="$(mem) $(( $(cpu) - ${typing_cpu:-0} ))"
  if [ "${SMAPS:-0}" = 1 ]; then
    cat /proc/$PID/smaps > "$OUT.smaps.next" 2>/dev/null || true
  fi
  if [ "${THREADS:-0}" = 1 ] && [ -n "$typing_cpu" ]; then
    threads > "$OUT.threads-next" 2>/dev/null || true
  fi
  if [ ! -s "$OUT" ] && [ "$(echo $sample | wc -w)" = 4 ]; then
    last=$sample
    [ "${SMAPS:-0}" = 1 ] && mv -f "$OUT.smaps.next" "$OUT.smaps"
    [ -s "$OUT.threads-next" ] && mv -f "$OUT.threads-next" "$OUT.threads-end"
    echo "$sample" >> "$OUT.rss"
  fi
  sleep 0.25
done
echo "$last" > "$OUT.after"
wait $PID || true
grep '^# r\|^# a' "$OUT"
rss=0; anon=0; file=0; ticks=0
read -r rss anon file ticks < "$OUT.after" || true
keys=$(grep -vc '^#' "$OUT" || true)
peak=$(awk 'NF == 4 && $1 > p { p = $1 } END { print p + 0 }' "$OUT.rss")
echo "window resident memory (ps -o rss) just after typing: $((rss / 1024)) MB (anonymous $((anon / 1024)) MB," \
  "file-backed $((file / 1024)) MB); peak $((peak / 1024)) MB"
echo "window CPU while typing (user + system, all threads): $((ticks * 1000 / $(getconf CLK_TCK))) ms for $keys keys," \
  "$((ticks * 1000 / $(getconf CLK_TCK) / (keys > 0 ? keys : 1))) ms a key"
if [ -s "$OUT.threads-start" ] && [ -s "$OUT.threads-end" ]; then
  # per thread name (numbered pools summed), CPU while typing; threads that ended before the last sample are left out
  awk -F'\t' -v hz="$(getconf CLK_TCK)" 'NR == FNR { start[$2] += $1; next } { end[$2] += $1 }
    END { for (t in end) { name = t; sub(/[-#]?[0-9]+$/, "", name); used[name] += end[t] - start[t] }
          for (n in used) if (used[n] > 0) printf "%8d ms  %s\n", used[n] * 1000 / hz, n }' \
    "$OUT.threads-start" "$OUT.threads-end" | sort -rn | head -15
fi
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
