#!/usr/bin/env bash
# The wheel gate (issue 15): build the sdist and the wheel, check both carry the resources,
# install the wheel into a fresh venv in a folder outside the checkout, and smoke-test the
# installed `secondop` there (packaging/smoke_test.sh).
#   PY=.venv/bin/python packaging/wheel_gate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-python3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "wheel gate: building sdist and wheel"
"$PY" -m build --sdist --wheel --outdir "$out/dist" . > "$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
wheel=$(ls "$out"/dist/*.whl)
sdist=$(ls "$out"/dist/*.tar.gz)
unzip -l "$wheel" > "$out/wheel.txt"
tar tzf "$sdist" > "$out/sdist.txt"
for f in resources/question_bank.json resources/fonts/DejaVuSans.ttf resources/fonts/DejaVuSans-Bold.ttf \
         resources/fonts/DroidSansFallbackFull.ttf resources/fonts/LICENSE-DejaVu.txt resources/icons/secondop.svg \
         i18n/secondop_es.qm i18n/secondop_en.qm resources/question_bank_es.json resources/guide_es.html; do
  grep -q "secondop_desktop/$f" "$out/wheel.txt" || { echo "wheel lacks $f"; exit 1; }
  grep -q "secondop_desktop/$f" "$out/sdist.txt" || { echo "sdist lacks $f"; exit 1; }
done
printf '  wheel %s (%s KiB), sdist (%s KiB): resources in both\n' "$(basename "$wheel")" \
  "$(( $(stat -c %s "$wheel") / 1024 ))" "$(( $(stat -c %s "$sdist") / 1024 ))"
echo "wheel gate: installing into a fresh venv outside the checkout"
"$PY" -m venv "$out/venv"
"$out/venv/bin/python" -m pip install --quiet "$wheel"
echo "wheel gate: smoke test"
bash packaging/smoke_test.sh "$out/venv/bin/secondop"
