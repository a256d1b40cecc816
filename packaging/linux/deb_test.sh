#!/usr/bin/env bash
# Install the built .deb for real (needs root, as in CI), check what it put where, run the
# installed `secondop` through the smoke test, then remove the package and check that the
# vault folder is left alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(ls build/packages/secondop_*.deb)
if [ "$(id -u)" != 0 ]; then echo "deb test: skipped (needs root)"; exit 0; fi
dpkg -i "$deb" > /dev/null
for f in /usr/bin/secondop /usr/share/applications/org.secondop.SecondOp.desktop \
         /usr/share/metainfo/org.secondop.SecondOp.metainfo.xml \
         /usr/share/icons/hicolor/256x256/apps/org.secondop.SecondOp.png \
         /usr/share/icons/hicolor/scalable/apps/org.secondop.SecondOp.svg; do
  [ -e "$f" ] || { echo "deb test: $f missing"; exit 1; }
done
# The bundle itself was smoke-tested already: here, that the installed command and window run.
QT_QPA_PLATFORM=offscreen /usr/bin/secondop --version | head -1
QT_QPA_PLATFORM=offscreen SECONDOP_DATA_DIR=$(mktemp -d) timeout 120 /usr/bin/secondop --quit-after 1
vault=$(mktemp -d)
echo "deb test passphrase 2026" | secondop demo --vault "$vault/v" --passphrase-stdin > /dev/null 2>&1
dpkg -r secondop > /dev/null
[ ! -e /usr/bin/secondop ] && [ -f "$vault/v/vault.db" ] || { echo "deb test: removal touched the vault"; exit 1; }
rm -rf "$vault"
echo "deb test passed: installed, ran, removed; the vault stayed"
