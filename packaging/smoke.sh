#!/usr/bin/env bash
# The packaged app as a field office gets it: built, checked, carried on a FAT-formatted "USB
# stick" (a disk image written and read with mtools, so symbolic links and executable bits are
# lost as on a real stick), installed from it into a scratch home, and the installed app's
# selftest run with a bare environment. CI runs this after the tests (about 2 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

make package
.venv/bin/python packaging/check_bundle.py dist/fieldapp

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkfs.fat -C -n FIELDAPP "$stage/stick.img" 262144 >/dev/null
mcopy -i "$stage/stick.img" dist/stick/* ::/
mkdir "$stage/from-stick" "$stage/home"
mcopy -i "$stage/stick.img" '::/*' "$stage/from-stick/"

# No virtual environment, no source tree, no Python on the PATH: only what the bundle carries
# and the desktop's own libraries.
bare=(env -i HOME="$stage/home" PATH=/usr/bin:/bin LANG=C.UTF-8)
"${bare[@]}" sh "$stage/from-stick/install.sh"
desktop-file-validate "$stage/home/.local/share/applications/fieldapp.desktop"
test -f "$stage/home/.local/share/icons/hicolor/256x256/apps/fieldapp.png"
installed="$stage/home/.local/bin/fieldapp"
"${bare[@]}" "$installed" selftest

# The figure for the release notes; a machine without a virtual screen skips it.
.venv/bin/python packaging/startup_time.py "$stage/home/.local/opt/fieldapp/fieldapp" --runs 3 \
    || echo "start-up time not measured (see above)"
