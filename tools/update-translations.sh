#!/usr/bin/env bash
# Refreshes the interface translation sources (translations/gravdesk_*.ts) from the tr() strings
# in src/ (every library and program) and the .ui forms in ui/. Run it again whenever source strings change, then translate
# the new entries (type="unfinished") in gravdesk_ru.ts and gravdesk_kk.ts.
# gravdesk_en.ts only carries plural forms (-pluralonly): English is the source language.
# Usage: tools/update-translations.sh [extra lupdate options]
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate_bin=/usr/lib/qt6/bin/lupdate
if [ ! -x "$lupdate_bin" ]; then
  lupdate_bin="$(command -v lupdate || true)"
fi
if [ -z "$lupdate_bin" ]; then
  echo "update-translations: lupdate not found (install qt6-l10n-tools)" >&2
  exit 1
fi

sources=(src ui)
common=(-no-obsolete -locations none "$@")

"$lupdate_bin" "${common[@]}" "${sources[@]}" -ts translations/gravdesk_ru.ts translations/gravdesk_kk.ts
"$lupdate_bin" "${common[@]}" -pluralonly "${sources[@]}" -ts translations/gravdesk_en.ts
