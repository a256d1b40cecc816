#!/usr/bin/env bash
# Smoke test of an installed SecondOp, run from an empty folder outside the checkout: the
# same for a wheel in a fresh venv and for the PyInstaller bundle (issue 15).
#   packaging/smoke_test.sh /path/to/secondop
# Checks: --version names the parts; `demo` writes a vault (question bank, demo files);
# `export` writes a packet whose shipped fonts are embedded (pdffonts); `import` of that
# packet succeeds (the sandbox worker processes start: in a bundle they are the same
# executable, which needs multiprocessing.freeze_support); and the real window starts
# headless on the demo and quits on its own; in Spanish, the help and the packet; the demo's
# photographed letter is read (the text recognition models travel with the install).
set -euo pipefail
exe=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen SECONDOP_DATA_DIR="$work/data" TMPDIR="$work"
pass="smoke test passphrase 2026"
step() { printf '  %-58s' "$1"; }

step "version"
"$exe" --version > version.txt
grep -q '^SecondOp ' version.txt && grep -q '^Qt 6' version.txt && grep -q '^SQLCipher 4' version.txt
echo "$(head -1 version.txt) | $(sed -n 3p version.txt)"

step "demo vault (question bank, demo records)"
echo "$pass" | "$exe" demo --vault "$work/v" --passphrase-stdin > demo.txt
echo "$pass" | "$exe" case list --vault "$work/v" --passphrase-stdin > cases.txt
case_id=$(grep -oE '^ *[0-9]+' cases.txt | head -1 | tr -d ' ')
[ -n "$case_id" ]
echo "ok (case $case_id)"

step "text in photos (the OCR models shipped; read in a sandbox worker)"
echo "$pass" | "$exe" ocr --vault "$work/v" --passphrase-stdin --case "$case_id" --wait --json > ocr.json
grep -q '"read": 1' ocr.json
echo "$pass" | "$exe" search --vault "$work/v" --passphrase-stdin --case "$case_id" --json sincerely > ocr-search.json
grep -q '"read_from_picture": true' ocr-search.json
echo "ok"

step "Spanish (its .qm shipped: help and the packet's words)"
SECONDOP_LANGUAGE=es "$exe" --help > ayuda.txt
grep -q '^uso: ' ayuda.txt
echo "$pass" | SECONDOP_LANGUAGE=es "$exe" export --vault "$work/v" --passphrase-stdin --case "$case_id" --out paquete.pdf > /dev/null 2> checks.txt
pdftotext -l 3 paquete.pdf - | grep -q 'Índice'
echo "ok"

step "export (fonts embedded)"
start=$(date +%s.%N)
echo "$pass" | "$exe" export --vault "$work/v" --passphrase-stdin --case "$case_id" --out packet.pdf > export.txt
pages=$(pdfinfo packet.pdf | awk '/^Pages:/{print $2}')
pdffonts packet.pdf > fonts.txt
grep -q 'DejaVuSans' fonts.txt
if grep 'DejaVuSans' fonts.txt | grep -vq ' yes '; then echo "a shipped font is not embedded"; exit 1; fi
printf 'ok (%s pages, %.1f s)\n' "$pages" "$(echo "$(date +%s.%N) - $start" | bc)"

step "import (sandbox workers start)"
echo "$pass" | "$exe" import --vault "$work/v" --passphrase-stdin --case "$case_id" --json packet.pdf > import.json
grep -q '"imported"' import.json
echo "ok"

step "case file: export, then import into a second vault (schema resource, jsonschema)"
echo "kettle harbour violin seven" > case-pass.txt
echo "$pass" | "$exe" case export --vault "$work/v" --passphrase-stdin --case "$case_id" \
    --out mum.secondop-case --case-password-file case-pass.txt > case-export.txt
echo "$pass" | "$exe" init --vault "$work/v2" --passphrase-stdin --recovery-key-confirmed > /dev/null
echo "$pass" | "$exe" case import --vault "$work/v2" --passphrase-stdin --from mum.secondop-case \
    --case-password-file case-pass.txt > case-import.txt
grep -qE '^[0-9]+$' case-import.txt
echo "ok"

step "window starts headless and quits"
start=$(date +%s.%N)
timeout 120 "$exe" --demo --quit-after 2
printf 'ok (%.1f s including 2 s shown)\n' "$(echo "$(date +%s.%N) - $start" | bc)"
echo "smoke test passed: $exe"
