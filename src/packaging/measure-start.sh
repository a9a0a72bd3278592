#!/usr/bin/env bash
# Start times of the packaged app against `java -jar`, with and without its AOT cache:
# `--version`, a `search --json`, and the window (time until the search box is usable).
# Warm: files in the page cache. Cold: the app, the JDK and the data folder evicted first (vmtouch -e).
#
#   ./mvnw -Ppackage package -DskipTests && src/packaging/measure-start.sh [RUNS]
#
# Needs JAVA_HOME (JDK 25), hyperfine and vmtouch (Debian packages), and a display for the window
# (DISPLAY, e.g. Xvfb :99); prints medians in milliseconds, and the figures go to target/start-times/.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-10}
IMG=target/jpackage/CollateralFinder
JAR=target/collateral-finder.jar
JAVA=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
OUT=target/start-times
rm -rf "$OUT" && mkdir -p "$OUT"
DATA=$PWD/$OUT/data
cp -a "$IMG" "$OUT/image-noaot"
sed -i '/AOTCache/d' "$OUT/image-noaot/lib/app/CollateralFinder.cfg"
COLLATERAL_FINDER_HOME=$DATA "$IMG/bin/CollateralFinder" index --source assets/sample-collateral --json >/dev/null 2>&1

declare -A CMD=(
  [jar]="$JAVA -jar $JAR"
  [image-noaot]="$OUT/image-noaot/bin/CollateralFinder"
  [image]="$IMG/bin/CollateralFinder"
  [script]="$IMG/bin/collateral-finder"
)
EVICT="vmtouch -qe $IMG $OUT/image-noaot $JAVA_HOME $JAR $DATA $HOME/.openjfx"

median_of() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.stdin.read().split()]; print(round(statistics.median(v)) if v else "-")'; }

cli() { # name, extra args...
  local name=$1; shift
  for variant in jar image-noaot image script; do
    for temp in warm cold; do
      local prepare=true; [ "$temp" = cold ] && prepare=$EVICT
      hyperfine -N -r "$RUNS" -w $([ "$temp" = warm ] && echo 2 || echo 0) --prepare "$prepare" \
        --export-json "$OUT/$name-$variant-$temp.json" "${CMD[$variant]} $*" >/dev/null 2>&1
      python3 - "$OUT/$name-$variant-$temp.json" "$name" "$variant" "$temp" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{sys.argv[2]:<10} {sys.argv[3]:<12} {sys.argv[4]:<5} median {r['median']*1000:7.0f} ms   "
      f"min {r['min']*1000:6.0f}   cpu (user+sys, mean) {(r['user']+r['system'])*1000:6.0f} ms")
PY
    done
  done
}

window() {
  # the window opens with the last session's search, as a rep's does
  printf 'lastQuery=pricing\n' > "$DATA/window.properties"
  for variant in jar image-noaot image script; do
    for temp in warm cold; do
      [ "$temp" = warm ] && COLLATERAL_FINDER_HOME=$DATA JAVA_TOOL_OPTIONS=-Dcollateralfinder.startup.probe=exit \
        ${CMD[$variant]} >/dev/null 2>&1
      : > "$OUT/window-$variant-$temp.txt"
      for _ in $(seq "$RUNS"); do
        [ "$temp" = cold ] && $EVICT
        COLLATERAL_FINDER_HOME=$DATA JAVA_TOOL_OPTIONS=-Dcollateralfinder.startup.probe=exit \
          ${CMD[$variant]} >/dev/null 2>&1
        line=$(grep -o 'Search box usable [0-9]* ms after the process started ([0-9]* ms of CPU' \
          "$DATA/logs/collateral-finder.log" | tail -1)
        echo "$line" | awk '{print $4}' >> "$OUT/window-$variant-$temp.txt"
        echo "$line" | awk '{print $10}' | tr -d '(' >> "$OUT/window-$variant-$temp-cpu.txt"
        grep -o 'First search answered with [0-9]* results at [0-9]* ms' "$DATA/logs/collateral-finder.log" | tail -1 \
          | awk '{print $8}' >> "$OUT/answer-$variant-$temp.txt"
      done
      printf '%-10s %-12s %-5s median %7s ms   cpu (user+sys, median) %6s ms   (to a usable search box)\n' window \
        "$variant" "$temp" "$(median_of < "$OUT/window-$variant-$temp.txt")" \
        "$(median_of < "$OUT/window-$variant-$temp-cpu.txt")"
      printf '%-10s %-12s %-5s median %7s ms   (the last session'"'"'s search, "pricing", answered)\n' answer \
        "$variant" "$temp" "$(median_of < "$OUT/answer-$variant-$temp.txt")"
    done
  done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
cli version --version
cli search search --data-dir "$DATA" --json pricing
if [ -n "${DISPLAY:-}" ]; then window; else echo "window: no DISPLAY, not measured"; fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
du -sb "$IMG" | awk '{printf "app image: %.1f MB (%.1f MiB)\n", $1/1e6, $1/1048576}'
for f in target/installer/*; do [ -f "$f" ] && stat -c '%s %n' "$f" | awk '{printf "installer: %s %.1f MB (%.1f MiB)\n", $2, $1/1e6, $1/1048576}'; done
