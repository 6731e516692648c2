#!/usr/bin/env bash
# Makes the .xls (Excel 97-2003) and .ods (LibreOffice) copies of the .xlsx fixtures with LibreOffice,
# so the tests can check that each imports like its .xlsx. The outputs are small and committed: CI
# needs no LibreOffice. Run again after changing an .xlsx fixture:
#   apt-get install -y libreoffice-calc-nogui && scripts/make-office-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/office
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# 07-formula-cells is left out: LibreOffice recalculates formulas while converting, so the saved
# values that file is about do not survive (its formulas refer to sheets it does not have).
for xlsx in test/fixtures/field-cases/19-*.xlsx test/fixtures/field-cases/23-*.xlsx test/fixtures/peserta-nip-teks-dan-angka.xlsx; do
  for format in xls ods; do
    soffice -env:UserInstallation=file://"$profile" --headless --calc \
      --convert-to "$format" --outdir "$out" "$xlsx" >/dev/null
  done
done
ls -l "$out"
