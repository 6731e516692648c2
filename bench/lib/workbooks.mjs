// Pathological workbooks made at run time (never committed): two participants above many formatted
// empty rows, as Excel leaves a sheet whose whole columns were formatted; and a sheet of repeated
// cells. Used by `npm run bench` (SPEC §9: 200,000 empty rows under 1 s and 100 MB) and by tests.
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="@"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" applyBorder="1"/></cellXfs></styleSheet>`;

const HEADER = ['No', 'NIP', 'Nama', 'Pangkat/Golongan', 'Jabatan', 'Instansi'];
const PEOPLE = [
  ['1', '198503142010011001', 'Budi Santoso, S.E.', 'Penata (III/c)', 'Kepala Seksi Pelayanan', 'Pemerintah Kota Contoh'],
  ['2', '197905122005012004', 'Dra. Rina Kartika', 'Penata Tk. I (III/d)', 'Kepala Subbagian Umum', 'Pemerintah Kota Contoh'],
];
const COLS = 'ABCDEF';

function sharedStrings(strings) {
  const items = strings.map((s) => `<si><t>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

function zip(sheetParts, strings) {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(sharedStrings(strings)),
    'xl/worksheets/sheet1.xml': sheetParts,
  }, { level: 6 });
}

/** Header and two participants, then `emptyRows` rows of six styled empty cells (Excel's formatted columns). */
export function emptyRowsWorkbook(file, emptyRows) {
  const strings = [...HEADER, ...PEOPLE.flatMap((p) => p)];
  const rows = [];
  let s = 0;
  const dataRow = (r, n) => `<row r="${r}">${COLS.split('').map((c) => `<c r="${c}${r}" t="s"><v>${s++}</v></c>`).slice(0, n).join('')}</row>`;
  rows.push(dataRow(1, 6), dataRow(2, 6), dataRow(3, 6));
  const body = [];
  for (let r = 4; r < 4 + emptyRows; r++) {
    body.push(`<row r="${r}" spans="1:6" s="1" customFormat="1">${COLS.split('').map((c) => `<c r="${c}${r}" s="1"/>`).join('')}</row>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}${body.join('')}</sheetData></worksheet>`;
  writeFileSync(file, zip(strToU8(xml), strings));
}

/** Header, two participants, then `rows` rows of `columns` cells all holding the same shared string. */
export function repeatedCellsWorkbook(file, rows, columns = 60) {
  const strings = [...HEADER, ...PEOPLE.flatMap((p) => p), 'x'];
  const last = strings.length - 1;
  let s = 0;
  const head = [1, 2, 3].map((r) => `<row r="${r}">${COLS.split('').map((c) => `<c r="${c}${r}" t="s"><v>${s++}</v></c>`).join('')}</row>`).join('');
  const cell = `<c t="s"><v>${last}</v></c>`.repeat(columns);
  const parts = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${head}`];
  for (let r = 4; r < 4 + rows; r++) parts.push(`<row r="${r}">${cell}</row>`);
  parts.push('</sheetData></worksheet>');
  writeFileSync(file, zip(strToU8(parts.join('')), strings));
}
