#!/usr/bin/env bash
# macOS: sign the .app (when MACOS_IDENTITY names a "Developer ID Application" certificate in
# the keychain), pack it into a .dmg, and notarise and staple it (when NOTARY_PROFILE names
# a stored `xcrun notarytool store-credentials` profile). Without them the .dmg is unsigned:
# Gatekeeper then asks the user to open it with right-click > Open. Not run on Linux.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python -c "import secondop_desktop; print(secondop_desktop.__version__)")
app=build/dist/SecondOp.app
mkdir -p build/packages
if [ -n "${MACOS_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$MACOS_IDENTITY" "$app"
fi
dmg="build/packages/SecondOp-$version-macos.dmg"
hdiutil create -volname SecondOp -srcfolder "$app" -ov -format UDZO "$dmg"
if [ -n "${MACOS_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --sign "$MACOS_IDENTITY" --timestamp "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
