#!/usr/bin/env bash
# Installs the dependencies, builds GravDesk with the CI preset and runs the whole test suite through CTest.
# Tests that compare with the real site and the reference implementation find them in ../shared;
# they are skipped with a message when that folder is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/deps.sh --test
if ! locale -a 2>/dev/null | grep -qi '^c.utf-\?8$'; then
  echo "test: the C.UTF-8 locale is missing" >&2
fi
cmake --preset ci
cmake --build --preset ci
# The fuzz harnesses' own tree (clang with sanitizers), which the fuzz_smoke test runs for a few seconds each.
fuzz_status=0
tools/fuzz.sh --build-only || fuzz_status=$?
if [ $fuzz_status -ne 0 ] && [ $fuzz_status -ne 77 ]; then
  exit $fuzz_status
fi
export QT_QPA_PLATFORM=offscreen
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi
ctest --preset ci "$@"
