#!/usr/bin/env bash
# Windows: sign the executables and the installer with the code-signing certificate in
# WINDOWS_CERT (base64 PFX) and WINDOWS_CERT_PASSWORD, timestamped. Without a certificate
# SmartScreen warns "unrecognised app" until the download builds reputation. Not run on Linux.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "$WINDOWS_CERT" | base64 -d > build/cert.pfx
trap 'rm -f build/cert.pfx' EXIT
for f in build/dist/secondop/SecondOp.exe build/dist/secondop/secondop.exe build/packages/*-setup.exe; do
  signtool sign /f build/cert.pfx /p "$WINDOWS_CERT_PASSWORD" /fd SHA256 \
    /tr http://timestamp.digicert.com /td SHA256 "$f"
done
