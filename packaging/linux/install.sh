#!/usr/bin/env bash
# Install SecondOp for this user only (no administrator password): the app goes to
# ~/.local/opt/secondop, the `secondop` command to ~/.local/bin, and SecondOp appears in
# the applications menu. Your vault (~/.local/share/SecondOp) is not touched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/secondop"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin"
cp -a "$here/secondop" "$HOME/.local/opt/secondop"
ln -sf "$HOME/.local/opt/secondop/secondop" "$HOME/.local/bin/secondop"
cp -r "$here/share/icons" "$here/share/metainfo" "$prefix/" 2>/dev/null || cp -r "$here/share/icons" "$prefix/"
mkdir -p "$prefix/applications"
sed "s|^Exec=secondop|Exec=$HOME/.local/opt/secondop/secondop|" \
  "$here/share/applications/org.secondop.SecondOp.desktop" > "$prefix/applications/org.secondop.SecondOp.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "SecondOp is installed. Start it from your applications menu, or run: secondop"
