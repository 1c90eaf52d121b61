#!/bin/sh
# check-deb.sh <build folder> <cpack> <project version> <AppStream id>
#
# Builds the DEB from an existing build folder, checks its files and control fields (the
# Depends line must come from dpkg-shlibdeps), unpacks it into a throwaway root and runs the
# installed command-line tool's --version against the system's Qt.
set -eu
build=$1
cpack=$2
version=$3
app_id=$4

work=$(mktemp -d "${TMPDIR:-/tmp}/ielts-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "== cpack -G DEB"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack did not build the package" >&2
    exit 1
fi
deb="$work/out/ielts-result-verifier_${version}-1_$(dpkg --print-architecture).deb"
if [ ! -f "$deb" ]; then
    cat "$work/cpack.log" >&2
    echo "FAIL: no $(basename "$deb") among: $(ls "$work/out")" >&2
    exit 1
fi
echo "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

echo "== contents"
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files"
cat "$work/files"
expect_file() {
    grep -qx "$1" "$work/files" || fail "the package has no $1"
}
for program in ielts-verifier ielts-verifier-cli ielts-sandbox; do
    expect_file "/usr/bin/$program"
done
expect_file /usr/share/applications/ielts-verifier.desktop
expect_file "/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 32 48 64 128 256 512; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/ielts-verifier.png"
done
expect_file /usr/share/icons/hicolor/scalable/apps/ielts-verifier.svg
# Nothing else: no static libraries, headers or test programs slipping in through an
# install() rule meant for something else.
unexpected=$(grep -v -E '^/usr/(bin/ielts-|share/(applications|metainfo|icons|doc|man)/)' "$work/files" || true)
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"

echo "== control fields"
dpkg-deb -f "$deb" >"$work/control"
cat "$work/control"
field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = ielts-result-verifier ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] || fail "Version is '$(field Version)', expected ${version}-1"
[ "$(field Section)" = utils ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
# dpkg-shlibdeps writes versioned dependencies on the library packages the binaries link.
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 'libxlsxwriter[0-9]+' libc6; do
    echo "$depends" | grep -qE "(^|, )$library \(>= [^)]+\)" \
        || fail "Depends has no versioned $library from dpkg-shlibdeps: $depends"
done

echo "== desktop file and metainfo point at what the package holds"
dpkg-deb -x "$deb" "$work/root"
desktop="$work/root/usr/share/applications/ielts-verifier.desktop"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon_name=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$work/root/usr/bin/$exec_name" ] || fail "the desktop file runs '$exec_name', which is not in /usr/bin"
[ -f "$work/root/usr/share/icons/hicolor/scalable/apps/$icon_name.svg" ] \
    || fail "the desktop file's icon '$icon_name' is not in the hicolor theme"
grep -q "<launchable type=\"desktop-id\">ielts-verifier.desktop</launchable>" \
    "$work/root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo does not launch ielts-verifier.desktop"

echo "== the installed command-line tool"
cli="$work/root/usr/bin/ielts-verifier-cli"
if readelf -d "$cli" | grep -E 'R(UN)?PATH' | grep -qF "$build"; then
    fail "the installed CLI still searches the build folder for libraries"
fi
if ldd "$cli" | grep -q 'not found'; then
    ldd "$cli" >&2
    fail "the installed CLI needs libraries the system does not have"
fi
if output=$("$cli" --version 2>&1); then
    echo "$output"
    echo "$output" | grep -qE "(^| )$(echo "$version" | sed 's/\./\\./g')( |$)" \
        || fail "--version printed '$output', not the project version $version"
else
    fail "the installed CLI's --version failed: $output"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
