#!/usr/bin/env bash
# Build the bundle as a field office receives it, check what it carries, install it as a user
# would (in a scratch home), and run the installed app's selftest. CI runs this after the tests.
#   packaging/smoke.sh            (about 2 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

make package
.venv/bin/python packaging/check_bundle.py dist/fieldapp

# A copy outside the checkout, run with a bare environment: no virtual environment, no source
# tree, no Python on the PATH; only what the bundle carries and the desktop's libraries.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist/fieldapp "$stage/stick"
mkdir "$stage/home"
bare=(env -i HOME="$stage/home" PATH=/usr/bin:/bin LANG=C.UTF-8)
"${bare[@]}" sh "$stage/stick/install.sh"
installed="$stage/home/.local/opt/fieldapp/fieldapp"
desktop-file-validate "$stage/home/.local/share/applications/fieldapp.desktop"
test -f "$stage/home/.local/share/icons/hicolor/256x256/apps/fieldapp.png"

"${bare[@]}" "$installed" selftest
.venv/bin/python packaging/startup_time.py "$installed" --runs 3
