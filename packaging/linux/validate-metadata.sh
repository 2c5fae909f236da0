#!/bin/sh
# validate-metadata.sh desktop|metainfo FILE
# Runs desktop-file-validate or appstreamcli on FILE and fails on any error or
# warning (the tools themselves exit 0 on warnings). Hints, infos and pedantic
# notes are printed but do not fail.
set -u

kind=${1:-}
file=${2:-}
if [ -z "$kind" ] || [ -z "$file" ]; then
    echo "usage: $0 desktop|metainfo FILE" >&2
    exit 2
fi
if [ ! -f "$file" ]; then
    echo "FAIL: $file does not exist" >&2
    exit 1
fi

case "$kind" in
desktop)
    tool=desktop-file-validate
    pkg=desktop-file-utils
    bad=': (error|warning): '
    ;;
metainfo)
    tool=appstreamcli
    pkg=appstream
    bad='^[EW]: '
    ;;
*)
    echo "usage: $0 desktop|metainfo FILE" >&2
    exit 2
    ;;
esac

if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL: $tool not found (install the Debian package $pkg)" >&2
    exit 1
fi

if [ "$kind" = desktop ]; then
    output=$("$tool" "$file" 2>&1)
else
    output=$("$tool" validate --no-net --pedantic "$file" 2>&1)
fi
status=$?
[ -n "$output" ] && printf '%s\n' "$output"

if [ "$status" -ne 0 ]; then
    echo "FAIL: $tool exited with status $status for $file" >&2
    exit 1
fi
if printf '%s\n' "$output" | grep -Eq "$bad"; then
    echo "FAIL: $tool reported errors or warnings for $file" >&2
    exit 1
fi
echo "OK: $file"
