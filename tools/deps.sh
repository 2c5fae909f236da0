#!/usr/bin/env bash
# Installs the Debian 12 packages GravDesk needs to build, run, test and package.
# Used by tools/run.sh and tools/test.sh; safe to run again (it skips what is installed).
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev qt6-svg-dev libqt6svg6
  libgl-dev libvulkan-dev libxkbcommon-dev
  libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libhunspell-dev hunspell-ru hunspell-kk hunspell-en-us
  # Photo import: WebP (and TIFF) through Qt's image plugins, HEIC through libheif.
  qt6-image-formats-plugins libheif-dev
  fonts-dejavu-core
)
test_pkgs=(
  # Packaging checks.
  desktop-file-utils appstream
  # The formatting check (tools/check-format.sh).
  clang-format
  # The fuzz harnesses (fuzz/, tools/fuzz.sh): clang 14 and its compiler-rt (libFuzzer, ASan, UBSan).
  clang libclang-rt-14-dev
  # The reference implementation tests compare with (shared/oracle/README.md).
  php-cli php-parsedown php-parsedown-extra php-symfony-yaml php-xml php-mbstring
  # Screenshots and GUI runs without a display; xdotool types into a real window (tst_recoverycrash).
  xvfb xauth imagemagick locales xdotool
  # Photo import: exiftool checks that no metadata survives; vipsthumbnail is the benchmark's yardstick;
  # GNU time measures each side's own peak memory.
  libimage-exiftool-perl libvips-tools time
)

want=("${build_pkgs[@]}")
if [ "${1:-}" = "--test" ]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#want[@]} Debian packages are installed"
  exit 0
fi

echo "deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
