#!/usr/bin/env bash
# Builds the Debian package from an already built tree and checks it.
#
#   packaging/check-deb.sh BUILD_DIR
#
# 1. cpack -G DEB in BUILD_DIR (the .deb goes to BUILD_DIR/package)
# 2. lintian --fail-on error (full output printed)
# 3. ownership and permissions of every entry (root/root, 0755 or 0644)
# 4. desktop-file-validate and appstreamcli validate --no-net on the files inside the .deb
# Exits non-zero if any check fails; every check runs regardless, so one run shows all problems.
# Needs: cmake (cpack), dpkg-dev, lintian, desktop-file-utils, appstream. Works as root.
set -euo pipefail

if [ $# -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
if [ ! -f "$1/CPackConfig.cmake" ]; then
  echo "$0: $1/CPackConfig.cmake not found: configure and build first, e.g." >&2
  echo "  cmake -S . -B $1 -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build $1" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
package_dir="$build_dir/package"
app_id=org.dermaview.Dermaview
failures=()

section() { printf '\n==== %s\n' "$*"; }

section "cpack -G DEB"
mkdir -p "$package_dir"
rm -f "$package_dir"/*.deb
(cd "$build_dir" && cpack -G DEB -B "$package_dir")
shopt -s nullglob
debs=("$package_dir"/*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
  echo "expected exactly one .deb in $package_dir, found ${#debs[@]}" >&2
  exit 1
fi
deb=${debs[0]}
echo "package: $deb"

section "dpkg-deb --info"
dpkg-deb --info "$deb"

section "dpkg-deb --contents"
contents=$(dpkg-deb --contents "$deb")
printf '%s\n' "$contents"

section "ownership and permissions"
# Columns: mode owner/group size date time path [-> target]
bad_entries=$(printf '%s\n' "$contents" | awk '
  $2 != "root/root" { print "owner " $2 ": " $6; next }
  $1 !~ /^(drwxr-xr-x|-rw-r--r--|-rwxr-xr-x|lrwxrwxrwx)$/ { print "mode " $1 ": " $6 }')
if [ -n "$bad_entries" ]; then
  printf '%s\n' "$bad_entries"
  failures+=("permissions")
else
  echo "ok: all entries root/root, directories and executables 0755, files 0644"
fi

section "lintian"
lintian_rc=0
lintian_output=$(lintian --fail-on error --display-info --tag-display-limit 0 "$deb" 2>&1) \
  || lintian_rc=$?
printf '%s\n' "$lintian_output"
lintian_errors=$(printf '%s\n' "$lintian_output" | grep -c '^E: ' || true)
lintian_warnings=$(printf '%s\n' "$lintian_output" | grep -c '^W: ' || true)
echo "lintian: exit status $lintian_rc, $lintian_errors error(s), $lintian_warnings warning(s)"
if [ "$lintian_rc" -ne 0 ] || [ "$lintian_errors" -ne 0 ]; then
  failures+=("lintian")
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb --extract "$deb" "$tmp"

section "desktop-file-validate"
desktop_file="$tmp/usr/share/applications/$app_id.desktop"
if [ ! -f "$desktop_file" ]; then
  echo "missing: /usr/share/applications/$app_id.desktop"
  failures+=("desktop-file-validate")
elif desktop-file-validate "$desktop_file"; then
  echo "ok: $app_id.desktop"
else
  failures+=("desktop-file-validate")
fi

section "appstreamcli validate --no-net"
metainfo="$tmp/usr/share/metainfo/$app_id.metainfo.xml"
if [ ! -f "$metainfo" ]; then
  echo "missing: /usr/share/metainfo/$app_id.metainfo.xml"
  failures+=("appstreamcli")
elif ! appstreamcli validate --no-net "$metainfo"; then
  failures+=("appstreamcli")
fi

section "result"
if [ ${#failures[@]} -ne 0 ]; then
  echo "FAILED: ${failures[*]} ($deb)"
  exit 1
fi
echo "OK: $deb"
