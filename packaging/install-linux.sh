#!/bin/sh
# Install the app from this folder (a USB stick, say) for the current user, on Linux:
#   the program in ~/.local/opt/fieldapp, `fieldapp` in ~/.local/bin, a menu entry and its icons.
# The office's records (~/.local/share/fieldapp) are never touched: reinstalling or upgrading
# replaces the program only. Run it again to upgrade.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/fieldapp"

"$here/fieldapp" --help >/dev/null  # this folder runs here before anything is replaced

mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$share/applications"
rm -rf "$opt.new"
cp -R "$here" "$opt.new"
rm -f "$opt.new/install.sh"
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
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

echo "Installed in $opt."
echo "Open \"Field Office Data Collection\" from the applications menu, or run: $HOME/.local/bin/fieldapp"
echo "To check this computer: $HOME/.local/bin/fieldapp selftest"
