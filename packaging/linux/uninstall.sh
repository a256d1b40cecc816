#!/usr/bin/env bash
# Remove SecondOp installed by install.sh. Your vault and its backups stay where they are
# (~/.local/share/SecondOp); delete that folder yourself only if you are sure.
set -euo pipefail
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/secondop"
rm -f "$HOME/.local/bin/secondop" "$prefix/applications/org.secondop.SecondOp.desktop" \
  "$prefix/metainfo/org.secondop.SecondOp.metainfo.xml"
find "$prefix/icons/hicolor" -name 'org.secondop.SecondOp.*' -delete 2>/dev/null || true
echo "SecondOp is removed. Your vault is still in $prefix/SecondOp."
