#!/bin/sh
# End-to-end render of a synthetic site: `gravdesk-cli render --out` (read every page file, full Grav
# dialect, write every result) against bare Parsedown in one PHP process (bench/parsedown_baseline.php,
# read + split + Parsedown::text; with --php-writes it also writes its results). Prints both times and
# their ratio. See bench/README.md.
#
#   bench/bench_render_e2e.sh [--bin DIR] [--runs R] [--php-writes] [--keep] [N]
#
# N posts × kk/ru/en (default 20000, the issue's site); DIR holds gravdesk-cli and gravdesk-gensite
# (default build/release/bin). Each side runs R times (default 3) after one warm-up run; the best is kept.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../build/release/bin"
runs=3
posts=20000
phpwrites=0
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) bin=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --php-writes) phpwrites=1; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) posts=$1; shift ;;
    esac
done
for tool in gravdesk-cli gravdesk-gensite; do
    [ -x "$bin/$tool" ] || { echo "missing $bin/$tool (build it: cmake --build build/release --target $tool)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v php >/dev/null || { echo "php not found (apt-get install php-cli php-parsedown)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gravdesk-e2e.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
"$bin/gravdesk-gensite" "$work/site" "$posts" >/dev/null
pages="$work/site/user/pages"
files=$(find "$pages" -name '*.md' | wc -l)
mb=$(du -sm "$pages" | cut -f1)

# "wall cpu" seconds of the best (by wall time) of $runs runs of "$@", after one warm-up run;
# cpu = user + system time of the process and its threads (what the work costs when cores are shared).
# The warm-up creates the output files, the timed runs overwrite them (re-rendering a site in place): on
# ext4, creating tens of thousands of files right after deleting as many costs more than rendering them.
best() {
    rm -rf "$work/out"
    "$@" >/dev/null
    bw=""
    bc_=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null
        read -r w u s <"$work/time"
        c=$(echo "$u + $s" | bc -l)
        if [ -z "$bw" ] || [ "$(echo "$w < $bw" | bc -l)" = 1 ]; then bw=$w; bc_=$c; fi
        i=$((i + 1))
    done
    echo "$bw $bc_"
}

phpargs="$pages"
[ "$phpwrites" = 1 ] && phpargs="$pages --out $work/out"

set -- $(best "$bin/gravdesk-cli" render --out "$work/out" "$work/site")
tg=$1 cg=$2
# shellcheck disable=SC2086
set -- $(best php "$here/parsedown_baseline.php" $phpargs)
tp=$1 cp=$2
echo "site: $posts posts, $files page files, ${mb} MB on disk; best of $runs runs (wall s / cpu s)"
printf '  gravdesk-cli render --out (Grav dialect, read + write)     %7.2f / %7.2f\n' "$tg" "$cg"
if [ "$phpwrites" = 1 ]; then
    printf '  php parsedown_baseline.php --out (Parsedown, read + write) %7.2f / %7.2f\n' "$tp" "$cp"
else
    printf '  php parsedown_baseline.php (bare Parsedown, read + render) %7.2f / %7.2f\n' "$tp" "$cp"
fi
printf '  ratio (gravdesk-cli / PHP): wall %.2fx, cpu %.2fx  (target: below 1)\n' \
    "$(echo "$tg / $tp" | bc -l)" "$(echo "$cg / $cp" | bc -l)"
