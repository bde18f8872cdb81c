#!/bin/sh
# Install the app for the current user on Linux, from the folder this script is in (a USB stick,
# say), where `make package` put it beside fieldapp-linux-<machine>.tar.gz:
#     sh install.sh
# The program goes to ~/.local/opt/fieldapp, `fieldapp` to ~/.local/bin, a menu entry and its
# icons under ~/.local/share. The office's records (~/.local/share/fieldapp) are never touched:
# running it again upgrades the program only. The program travels as a tarball because USB sticks
# (FAT, exFAT) keep neither the bundle's symbolic links nor its executable bits.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/fieldapp"

archive=""
for candidate in "$here"/fieldapp-linux-*.tar.gz; do
    if [ -f "$candidate" ]; then archive="$candidate"; fi
done
if [ -z "$archive" ]; then
    echo "No fieldapp-linux-*.tar.gz beside this script in $here: copy both onto the stick." >&2
    exit 2
fi
for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/exe" 2>/dev/null)" = "$opt/fieldapp" ]; then
        echo "Field Office Data Collection is open: close it (Lock, then close the window), then run this again." >&2
        exit 2
    fi
done

mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$share/applications"
rm -rf "$opt.new"
mkdir "$opt.new"
tar -xzf "$archive" -C "$opt.new" --strip-components=1
"$opt.new/fieldapp" --help >/dev/null  # the new program runs here before the old one goes
rm -rf "$opt.old"
if [ -d "$opt" ]; then mv "$opt" "$opt.old"; fi
mv "$opt.new" "$opt"
rm -rf "$opt.old"

for icon in "$opt"/_internal/resources/icons/hicolor/*/apps/fieldapp.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$icon" "$share/icons/hicolor/$size/apps/fieldapp.png"
done
sed -e "s|^Exec=fieldapp|Exec=\"$opt/fieldapp\"|" -e "s|^TryExec=fieldapp|TryExec=$opt/fieldapp|" \
    "$opt/_internal/resources/linux/fieldapp.desktop" > "$share/applications/fieldapp.desktop"
ln -sf "$opt/fieldapp" "$HOME/.local/bin/fieldapp"
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$share/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$share/icons/hicolor" || true; fi

echo "Installed $(basename "$archive") in $opt."
echo "Open \"Field Office Data Collection\" from the applications menu, or run: $HOME/.local/bin/fieldapp"
echo "To check this computer: $HOME/.local/bin/fieldapp selftest"
