#!/usr/bin/env bash
# Start-up time to a visible window, and memory 15 s after opening a site, for GravDesk and for its peer, a bare
# Qt WebEngine window (bench/webengine_floor.cpp), run the same way in the same script.
#
#   bench/bench_startup.sh [SITE ...]      (default: examples/sample-site and ../shared/corpus/hemcenter when present)
#
# Needs a build of the ci preset (build/ci), xvfb-run and xdotool (tools/deps.sh --test). Each program starts on a
# fresh X display of xvfb with empty state and settings folders, RUNS times (default 5): the time is from the exec to
# the first visible top-level window xdotool finds (what a user waits for), the median is printed. Memory is read
# once per program and site, SETTLE seconds (default 15) after the window shows: RSS and PSS summed over the program
# and every process below it (Qt WebEngine's zygote, renderer and GPU processes). PSS shares each shared page among
# the processes that map it, so the PSS sum is the memory the program really adds; the RSS sum counts shared
# libraries once per process and is an upper bound.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
settle=${SETTLE:-15}
app=build/ci/bin/gravdesk
floor=build/ci/bin/gravdesk-bench-webengine-floor
for b in "$app" "$floor"; do
  [ -x "$b" ] || { echo "bench_startup: $b is not built (cmake --build --preset ci)" >&2; exit 1; }
done
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || {
  echo "bench_startup: needs xvfb-run and xdotool (tools/deps.sh --test)" >&2
  exit 1
}
# A site, or a page file of one (GravDesk opens the site with that page in the editor and the preview).
sites=("$@")
if [ ${#sites[@]} -eq 0 ]; then
  sites=(examples/sample-site examples/sample-site/user/pages/02.news/03.2025-06-14-world-blood-donor-day/item.ru.md)
  corpus=../shared/corpus/hemcenter
  [ -d $corpus ] && sites+=($corpus $corpus/user/pages/02.news/2024-05-25-education-exchange-program/item.ru.md)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi

# One run inside xvfb: prints "<ms to window> <rss kB> <pss kB> <processes>" (memory only when MEASURE=1).
cat >"$work/one.sh" <<'INNER'
#!/usr/bin/env bash
set -u
name=$1; shift
start=$(date +%s%N)
"$@" >/dev/null 2>&1 &
pid=$!
xdotool search --sync --onlyvisible --name "$name" >/dev/null 2>&1
shown=$(date +%s%N)
rss=0; pss=0; n=0
if [ "${MEASURE:-0}" = 1 ]; then
  sleep "$SETTLE"
  # The program and every process below it.
  pids=$pid
  frontier=$pid
  while [ -n "$frontier" ]; do
    next=""
    for p in $frontier; do
      for c in $(cat /proc/$p/task/*/children 2>/dev/null); do next="$next $c"; done
    done
    pids="$pids $next"
    frontier=$next
  done
  for p in $pids; do
    [ -r /proc/$p/smaps_rollup ] || continue
    n=$((n + 1))
    r=$(awk '/^Rss:/ {print $2}' /proc/$p/smaps_rollup)
    s=$(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup)
    rss=$((rss + ${r:-0})); pss=$((pss + ${s:-0}))
  done
fi
kill $pid 2>/dev/null; wait $pid 2>/dev/null
echo "$(( (shown - start) / 1000000 )) $rss $pss $n"
INNER
chmod +x "$work/one.sh"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

run() { # label, window name, measure?, command...
  local label=$1 name=$2 measure=$3
  shift 3
  local state="$work/state-$RANDOM"
  mkdir -p "$state/state" "$state/config"
  XDG_STATE_HOME="$state/state" XDG_CONFIG_HOME="$state/config" MEASURE=$measure SETTLE=$settle \
    xvfb-run -a -s "-screen 0 1400x900x24" "$work/one.sh" "$name" "$@"
}

printf '%-28s %-26s %10s %10s %10s %6s\n' program "site (or page)" "start ms" "RSS MiB" "PSS MiB" procs
for site in "${sites[@]}"; do
  for which in gravdesk floor; do
    if [ $which = gravdesk ]; then
      cmd=("$app" "$site"); name=GravDesk; label=GravDesk
    else
      cmd=("$floor"); name="WebEngine floor"; label="bare QWebEngineView (peer)"
      [ -f "$site" ] && continue # the peer once per site
    fi
    times=()
    for ((i = 0; i < runs; i++)); do
      times+=("$(run "$label" "$name" 0 "${cmd[@]}" | awk '{print $1}')")
    done
    read -r _ rss pss procs < <(run "$label" "$name" 1 "${cmd[@]}")
    med=$(printf '%s\n' "${times[@]}" | median)
    printf '%-28s %-26s %10s %10s %10s %6s\n' "$label" "$(echo "$site" | sed 's|.*/corpus/||; s|^examples/||; s|/user/pages/.*/|: |')" "$med" "$((rss / 1024))" "$((pss / 1024))" "$procs"
    echo "$label $site $med $rss $pss" >>"$work/results"
  done
done
echo "(start ms: median of $runs runs, exec to the first visible window; RSS/PSS: summed over the program and its"
echo " WebEngine processes ${settle} s after the window showed; targets: GravDesk start <= 1500 ms, memory <= 400 MB)"
