#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what clang-format makes of it (.clang-format).
# Run by CTest (format_check); fix with: clang-format -i <file>.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null; then
  echo "check-format: clang-format is not installed (tools/deps.sh --test installs it)" >&2
  exit 1
fi
mapfile -t files < <(find src tests bench fuzz -name '*.cpp' -o -name '*.h' | sort)
if clang-format --dry-run --Werror "${files[@]}"; then
  echo "check-format: ${#files[@]} files are formatted"
else
  echo "check-format: the files above are not formatted; run clang-format -i on them" >&2
  exit 1
fi
