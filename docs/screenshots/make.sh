#!/usr/bin/env bash
# Remakes the README's screenshots with `dermaview --screenshot` on the embedded sandbox, from
# synthetic photos (the real test photos must not be committed). Needs a built tree
# (`cmake --workflow --preset app`) and the packages of packaging/install-deps.sh.
# Usage: docs/screenshots/make.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../build}/bin/dermaview
photos=$(mktemp -d)
trap 'rm -rf "$photos"' EXIT
"$here/synthetic_skin.py" "$photos"

shoot() { # OUT SIZE [dermaview options...]
  local out=$1 size=$2
  shift 2
  # A fresh configuration each time: the screenshots show the defaults.
  XDG_CONFIG_HOME="$photos/config-$out" xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$app" "$@" --screenshot "$here/$out" --size "$size" \
    "$photos/synthetic-nevus.jpg" "$photos/synthetic-plaque.jpg"
}
shoot workstation-1920x1080.png 1920x1080
shoot workstation-1280x800-de.png 1280x800 --lang de
echo "wrote $here/workstation-1920x1080.png and $here/workstation-1280x800-de.png"
