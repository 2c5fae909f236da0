#!/usr/bin/env bash
# Builds the libFuzzer harnesses (configure preset `fuzz`, build/fuzz) when needed and runs each for SECONDS
# (default 60), seeded with the page files of ../shared/corpus (copied to a temporary folder, never into the
# tree) and the dictionary fuzz/gravdesk.dict. Prints executions, executions per second, coverage and crashes per
# harness; inputs that crash, leak or time out are kept in build/fuzz/artifacts/<harness>/.
#
#   tools/fuzz.sh [--parallel] [SECONDS] [fuzz_envelope|fuzz_frontmatter_edit|fuzz_render ...]
#   tools/fuzz.sh --build-only
#
# --parallel runs the harnesses at the same time (one core each); --build-only builds them and stops. Exit status: 0 when no harness found
# anything, 1 when one did or a build failed, 77 when clang's libFuzzer is not installed (tools/deps.sh --test).
# GRAVDESK_SHARED_DIR overrides the shared folder; FUZZ_ARGS adds libFuzzer options.
set -euo pipefail
cd "$(dirname "$0")/.."

parallel=0
build_only=0
if [ "${1:-}" = "--parallel" ]; then
  parallel=1
  shift
elif [ "${1:-}" = "--build-only" ]; then
  build_only=1
  shift
fi
seconds=60
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(fuzz_envelope fuzz_frontmatter_edit fuzz_render)
fi

# clang with libFuzzer (Debian 12: clang and libclang-rt-14-dev).
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' >"$probe/p.cpp"
if ! command -v clang++ >/dev/null || ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
  echo "fuzz: clang++ with libFuzzer is not installed (tools/deps.sh --test installs clang and libclang-rt-14-dev); skipped"
  exit 77
fi

# Build (only what changed). ccache when the environment sets it up.
configure=(cmake --preset fuzz)
if command -v ccache >/dev/null && [ -n "${CCACHE_DIR:-}" ] && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  configure+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f build/fuzz/CMakeCache.txt ]; then
  "${configure[@]}" >"$probe/configure.log" 2>&1 || { cat "$probe/configure.log"; exit 1; }
fi
cmake --build --preset fuzz >"$probe/build.log" 2>&1 || { cat "$probe/build.log"; exit 1; }
if [ $build_only -eq 1 ]; then
  echo "fuzz: harnesses built in build/fuzz/bin"
  exit 0
fi

# Seeds: the corpus's page files and Parsedown's and ParsedownExtra's test inputs.
shared=${GRAVDESK_SHARED_DIR:-../shared}
seeds="$probe/seeds"
mkdir -p "$seeds"
if [ -d "$shared/corpus" ]; then
  n=0
  while IFS= read -r -d '' f; do
    n=$((n + 1))
    cp "$f" "$seeds/$n-$(basename "$f")"
  done < <(find "$shared/corpus" -name '*.md' -type f -size -64k -print0 | sort -z)
  echo "fuzz: $n seed files from $shared/corpus"
else
  echo "fuzz: $shared/corpus is absent: no seeds, the harnesses start from the dictionary alone"
fi

# One harness until SECONDS have passed. libFuzzer stops at the first crash: the harness is then started again on
# the corpus it has built, for the time left, so that one finding does not end the run (not when a seed crashes).
run_one() {
  local h=$1 log=$2
  local work="$probe/corpus-$h" artifacts="build/fuzz/artifacts/$h" segment="$probe/segment-$h.log"
  mkdir -p "$work" "$artifacts"
  : >"$log"
  local deadline=$(($(date +%s) + seconds))
  local timing=()
  if [ -x /usr/bin/time ]; then
    timing=(/usr/bin/time -a -o "$probe/cpu-$h" -f "%U %S")
  fi
  while :; do
    local left=$((deadline - $(date +%s)))
    [ $left -ge 1 ] || break
    # shellcheck disable=SC2086
    "${timing[@]}" nice -n 10 "build/fuzz/bin/$h" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 \
      -dict=fuzz/gravdesk.dict -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_ARGS:-} \
      "$work" "$seeds" >"$segment" 2>&1 || true
    cat "$segment" >>"$log"
    if ! grep -qE '^(==[0-9]+==ERROR|SUMMARY: )' "$segment" || ! grep -q 'INITED' "$segment"; then
      break
    fi
  done
}

for h in "${harnesses[@]}"; do
  if [ ! -x "build/fuzz/bin/$h" ]; then
    echo "fuzz: no harness $h (fuzz_envelope, fuzz_frontmatter_edit, fuzz_render)" >&2
    exit 1
  fi
done
mkdir -p build/fuzz/artifacts build/fuzz/logs
before=$(find build/fuzz/artifacts -type f | sort)
pids=()
for h in "${harnesses[@]}"; do
  if [ $parallel -eq 1 ]; then
    run_one "$h" "$probe/$h.log" &
    pids+=($!)
  else
    run_one "$h" "$probe/$h.log"
  fi
done
for p in "${pids[@]}"; do wait "$p"; done
for h in "${harnesses[@]}"; do cp "$probe/$h.log" "build/fuzz/logs/$h.log"; done

status=0
printf '%-22s %6s %12s %9s %7s %7s %7s %s\n' harness cpu-s execs execs/s cov ft corpus found
for h in "${harnesses[@]}"; do
  log="build/fuzz/logs/$h.log"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ n += $1 } END { print n + 0 }')
  cpu=$(awk '{ t += $1 + $2 } END { if (NR) printf "%.0f", t; else print "?" }' "$probe/cpu-$h" 2>/dev/null || echo "?")
  rate=$(awk -v n="$execs" -v t="$seconds" 'BEGIN { printf "%.0f", n / (t > 0 ? t : 1) }')
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(comm -13 <(echo "$before") <(find "build/fuzz/artifacts/$h" -type f | sort) | grep -v '^$' || true)
  crashes=$(grep -cE '^SUMMARY: ' "$log" || true)
  if [ -n "$found" ] || [ "$crashes" -gt 0 ]; then
    status=1
  fi
  printf '%-22s %6s %12s %9s %7s %7s %7s %s\n' "$h" "$cpu" "$execs" "$rate" "${cov:-?}" "${ft:-?}" "${corp:-?}" \
    "$([ "$crashes" -gt 0 ] && echo "$crashes (log: $log)" || echo 0)"
  if [ -n "$found" ]; then
    sed 's/^/    /' <<<"$found"
  fi
done
echo "(execs/s: executions over the wall-clock time; cpu-s: user + system seconds; cov/ft: libFuzzer's coverage at the end)"
exit $status
