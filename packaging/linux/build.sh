#!/usr/bin/env bash
# `make package` on Linux (issue 15): the PyInstaller one-folder bundle, then a .tar.gz
# (unpack, run ./install.sh: per-user, no root) and a .deb (dpkg-deb), both with the desktop
# file, the AppStream metainfo and the icons. Prints each artefact's size.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
version=$("$PY" -c "import secondop_desktop; print(secondop_desktop.__version__)")
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
machine=$(uname -m)
out=build/packages
rm -rf build/dist build/deb build/tar "$out"
mkdir -p "$out"

echo "package: icons"
"$PY" packaging/make_icons.py build/icons > /dev/null
echo "package: validating the desktop file and the metainfo"
desktop-file-validate packaging/linux/org.secondop.SecondOp.desktop
appstreamcli validate --no-net packaging/linux/org.secondop.SecondOp.metainfo.xml > /dev/null
echo "package: PyInstaller bundle (a few minutes)"
"$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath build/dist --workpath build/work \
  packaging/secondop.spec

share_into() {  # desktop integration files under $1 (a prefix such as usr or share root)
  local root=$1
  install -Dm644 packaging/linux/org.secondop.SecondOp.desktop "$root/share/applications/org.secondop.SecondOp.desktop"
  install -Dm644 packaging/linux/org.secondop.SecondOp.metainfo.xml "$root/share/metainfo/org.secondop.SecondOp.metainfo.xml"
  for dir in build/icons/hicolor/*; do
    install -Dm644 "$dir/apps/secondop.png" "$root/share/icons/hicolor/$(basename "$dir")/apps/org.secondop.SecondOp.png"
  done
  install -Dm644 secondop_desktop/resources/icons/secondop.svg "$root/share/icons/hicolor/scalable/apps/org.secondop.SecondOp.svg"
}

echo "package: .tar.gz"
name="secondop-$version-linux-$machine"
tar_root="build/tar/$name"
mkdir -p "$tar_root"
cp -a build/dist/secondop "$tar_root/secondop"
share_into "$tar_root"
install -m755 packaging/linux/install.sh "$tar_root/install.sh"
install -m755 packaging/linux/uninstall.sh "$tar_root/uninstall.sh"
tar -C build/tar -czf "$out/$name.tar.gz" "$name"

echo "package: .deb"
deb_root="build/deb/secondop_${version}_$arch"
mkdir -p "$deb_root/opt" "$deb_root/usr/bin" "$deb_root/DEBIAN"
cp -a build/dist/secondop "$deb_root/opt/secondop"
ln -s /opt/secondop/secondop "$deb_root/usr/bin/secondop"
share_into "$deb_root/usr"
installed_kib=$(du -sk --exclude=DEBIAN "$deb_root" | cut -f1)
cat > "$deb_root/DEBIAN/control" <<CONTROL
Package: secondop
Version: $version
Architecture: $arch
Maintainer: The SecondOp team <team@secondop.org>
Installed-Size: $installed_kib
Depends: libc6 (>= 2.31), libgl1, libegl1, libxcb1, libfontconfig1
Section: misc
Priority: optional
Description: Prepare for a second medical opinion, offline and encrypted
 SecondOp gathers medical records, the diagnosis and each opinion, the timeline,
 medications, questions and treatment options into one encrypted vault on this
 computer, and exports one PDF packet for the consulting doctor. No network, no
 account, no server. Uninstalling keeps the vault in ~/.local/share/SecondOp.
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$deb_root" "$out/secondop_${version}_$arch.deb" > /dev/null

echo "package: artefacts"
printf '  %-48s %8s\n' "bundle build/dist/secondop (folder)" "$(du -sh build/dist/secondop | cut -f1)"
for f in "$out"/*; do printf '  %-48s %8s\n' "$f" "$(du -h "$f" | cut -f1)"; done
