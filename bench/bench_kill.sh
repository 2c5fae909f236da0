#!/bin/sh
# Crash runs: `gravdesk-cli set` and `gravdesk-cli import-gallery --insert` killed with SIGKILL at random
# moments, N times each (default 1000), on a copy of a small ru/kk/en site with real JPEGs; after each
# kill the next gravdesk-cli run recovers and the site is checked (every page file old or new, the
# language files agree, no photo no page uses, no temp file or journal left). Prints, per command, the
# runs, how many ended before/after the commit, and the violations (expected 0). See bench/README.md.
#
#   bench/bench_kill.sh [--bin DIR] [--seed S] [N]
#
# DIR holds the test executable tst_killcommit (default build/ci/tests); the kill test of the CTest suite
# is the same program with 50 runs.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../build/ci/tests"
runs=1000
seed=""
while [ $# -gt 0 ]; do
    case "$1" in
    --bin) bin=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) runs=$1; shift ;;
    esac
done
[ -x "$bin/tst_killcommit" ] || { echo "missing $bin/tst_killcommit (build it: cmake --build --preset ci --target tst_killcommit)" >&2; exit 2; }

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
[ -n "$seed" ] && export GRAVDESK_KILL_SEED="$seed"
status=0
XDG_STATE_HOME="$state" QT_QPA_PLATFORM=offscreen GRAVDESK_KILL_RUNS="$runs" "$bin/tst_killcommit" >"$state/log" 2>&1 || status=$?
grep -o 'kill-summary.*' "$state/log" | sed 's/^kill-summary /  /'
if [ "$status" -ne 0 ]; then
    grep -E '^(FAIL|   Loc)' "$state/log" >&2
    exit 1
fi
