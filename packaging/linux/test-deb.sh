#!/bin/sh
# test-deb.sh BUILD_DIR
# Builds the .deb from an already built tree with CPack, checks its contents,
# checks that apt can resolve its dependencies, unpacks it and runs both
# executables from the unpacked tree. Fails with a message on the first problem.
set -u

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() {
    echo "---- $*"
}

build_dir=${1:-}
[ -n "$build_dir" ] || fail "usage: $0 BUILD_DIR"
[ -f "$build_dir/CPackConfig.cmake" ] ||
    fail "$build_dir/CPackConfig.cmake not found: configure the project with CMake first"
build_dir=$(cd "$build_dir" && pwd) || fail "cannot enter $build_dir"

for tool in cpack dpkg-deb apt-get; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found"
done
# dpkg-shlibdeps (dpkg-dev) computes the Depends line (CPACK_DEBIAN_PACKAGE_SHLIBDEPS).
command -v dpkg-shlibdeps >/dev/null 2>&1 || fail "dpkg-shlibdeps not found (install dpkg-dev)"

# CPack installs the build tree as it is; it does not build. Say which program is missing
# instead of letting the contents check fail later.
for exe in gravdesk gravdesk-cli; do
    [ -x "$build_dir/bin/$exe" ] ||
        fail "$build_dir/bin/$exe has not been built (is the '$exe' target defined and built?)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/gravdesk-deb-test.XXXXXX") || fail "mktemp failed"
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

step "cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake") \
    >"$work/cpack.log" 2>&1
status=$?
cat "$work/cpack.log"
[ "$status" -eq 0 ] || fail "cpack exited with status $status"

deb=$(find "$work/out" -maxdepth 1 -name 'gravdesk_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack produced no gravdesk_*.deb in its output directory"
echo "package: $(basename "$deb")"

step "dpkg-deb --info"
dpkg-deb --info "$deb" || fail "dpkg-deb --info failed"
control=$(dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends) ||
    fail "dpkg-deb --field failed"
printf '%s\n' "$control" | grep -qx 'Package: gravdesk' || fail "package name is not 'gravdesk'"
printf '%s\n' "$control" | grep -qx 'Section: editors' || fail "section is not 'editors'"
printf '%s\n' "$control" | grep -q '^Depends: .*libqt6core6' ||
    fail "Depends does not list libqt6core6 (did dpkg-shlibdeps run?)"
version=$(dpkg-deb --field "$deb" Version) || fail "package has no Version"

step "dpkg-deb --contents"
dpkg-deb --contents "$deb" >"$work/contents.txt" || fail "dpkg-deb --contents failed"
cat "$work/contents.txt"
for path in \
    ./usr/bin/gravdesk \
    ./usr/bin/gravdesk-cli \
    ./usr/share/applications/io.github.gravdesk.GravDesk.desktop \
    ./usr/share/metainfo/io.github.gravdesk.GravDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.gravdesk.GravDesk.svg; do
    awk '{ print $NF }' "$work/contents.txt" | grep -qx "$path" || fail "package lacks $path"
done

step "apt-get install --simulate"
# apt-get needs a path with a slash to treat the argument as a local .deb.
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1
status=$?
cat "$work/apt.log"
[ "$status" -eq 0 ] || fail "apt-get cannot resolve the package's dependencies (status $status)"

step "dpkg-deb -x and --version"
root="$work/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
for exe in gravdesk gravdesk-cli; do
    out=$("$root/usr/bin/$exe" --version 2>&1)
    status=$?
    printf '%s: %s\n' "$exe" "$out"
    [ "$status" -eq 0 ] || fail "unpacked usr/bin/$exe --version exited with status $status"
    printf '%s\n' "$out" | grep -qF "$version" ||
        fail "unpacked usr/bin/$exe --version does not print the package version $version"
done

echo "OK: $(basename "$deb")"
