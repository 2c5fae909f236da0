#!/bin/sh
# `gravdesk-cli find SITE TEXT` (cold start: the process starts, lists the site, reads and searches every page
# file) next to `rg -l -F TEXT` on the pages folder, on the synthetic 20,000-post site (60,000 page files).
# The page cache cannot be dropped without root rights, so both sides run warm: one warm-up run each, then R
# rounds (default 5) that run the sides in turn, and the medians are printed with their ratio. See bench/README.md.
#
#   bench/bench_find.sh [--bin DIR] [--runs R] [--keep] [N]
#
# N posts × kk/ru/en (default 20000); DIR holds gravdesk-cli and gravdesk-gensite (default build/release/bin).
# rg -F is case-sensitive, compares bytes and (with -l) stops at a file's first match; gravdesk-cli find
# matches any case with ё = е and prints every match with its line, so the table also shows `rg -i -l -F`
# and `rg -i -n -F` (every match with its line, as find prints them; ё ≠ е) for comparison.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../build/release/bin"
runs=5
posts=20000
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) bin=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) posts=$1; shift ;;
    esac
done
for tool in gravdesk-cli gravdesk-gensite; do
    [ -x "$bin/$tool" ] || { echo "missing $bin/$tool (build it: cmake --build build/release --target $tool)" >&2; exit 2; }
done
command -v rg >/dev/null || { echo "rg not found (apt-get install ripgrep)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/gravdesk-find.XXXXXX")
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
"$bin/gravdesk-gensite" "$work/site" "$posts" >/dev/null
pages="$work/site/user/pages"
files=$(find "$pages" -name '*.md' | wc -l)
mb=$(du -sm "$pages" | cut -f1)

# Wall time in ms of one run of "$@" (output discarded).
once() {
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000))
}

# The median of the numbers in file $1, in ms with one decimal.
median() {
    sort -n "$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

echo "site: $posts posts, $files page files, $mb MB; $(nproc) CPUs; medians of $runs warm runs, ms"
printf '%-16s %9s %9s %9s %7s %7s %7s\n' "text" "matches" "gravdesk" "rg -F" "ratio" "rg -i" "rg -n"
for text in "консультация" "жаңалықтар" "отсутствующее" "KaZaKhStan"; do
    matches=$("$bin/gravdesk-cli" find "$work/site" "$text" --json | grep -c '"folder"' || true)
    # one warm-up of each side, then the sides in turn, so that both see the same load on a shared machine
    once "$bin/gravdesk-cli" find "$work/site" "$text" >/dev/null
    once rg -l -F "$text" "$pages" >/dev/null
    : >"$work/g"
    : >"$work/r"
    : >"$work/ri"
    : >"$work/rn"
    i=0
    while [ "$i" -lt "$runs" ]; do
        once "$bin/gravdesk-cli" find "$work/site" "$text" >>"$work/g"
        once rg -l -F "$text" "$pages" >>"$work/r"
        once rg -i -l -F "$text" "$pages" >>"$work/ri"
        once rg -i -n -F "$text" "$pages" >>"$work/rn"
        i=$((i + 1))
    done
    g=$(median "$work/g")
    r=$(median "$work/r")
    ri=$(median "$work/ri")
    rn=$(median "$work/rn")
    ratio=$(awk -v g="$g" -v r="$r" 'BEGIN { printf "%.2f", g / r }')
    printf '%-16s %9s %9s %9s %7s %7s %7s\n' "$text" "$matches" "$g" "$r" "$ratio" "$ri" "$rn"
done
