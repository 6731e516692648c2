// The .xlsx reader on workbooks as other writers make them, built here byte by byte: prefixed XML,
// no r references, inline rich text, phonetic runs, hidden rows and sheets, a broken sheet that is
// never chosen, date formats, and the limits that end an import with exit 3 naming the limit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/import/parse-xlsx.js';
import { openImportSource } from '../../../src/import/source.js';
import type { SheetRow } from '../../../src/import/sheet-row.js';
import { emptyRowsWorkbook } from '../../../bench/lib/workbooks.mjs';
import { readAll } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface Sheet {
  name: string;
  xml: string;
  state?: string;
}

let count = 0;
function workbook(sheets: Sheet[], extra: Record<string, string> = {}): string {
  const file = path.join(dir, `wb${++count}.xlsx`);
  const entries: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
  };
  sheets.forEach((s, i) => {
    entries[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml);
  });
  for (const [name, text] of Object.entries(extra)) entries[name] = strToU8(text);
  fs.writeFileSync(file, zipSync(entries));
  return file;
}

const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
const inline = (text: string, ref = '') => `<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = `<row r="1">${inline('NIP', 'A1')}${inline('Nama', 'B1')}</row>`;

function rows(file: string, sheet?: string): SheetRow[] {
  const opened = readXlsx(file, sheet);
  const out: SheetRow[] = [];
  for (let batch = opened.rows.next(); batch; batch = opened.rows.next()) out.push(...batch);
  opened.rows.close();
  return out;
}

describe('xlsx reader', () => {
  it('reads rich inline text, skips phonetic runs, and numbers cells without r by position', () => {
    const file = workbook([{ name: 'A', xml: sheetXml(`<row><c t="inlineStr"><is><r><t>Bu</t></r><r><t xml:space="preserve">di &amp; co</t></r><rPh><t>x</t></rPh></is></c><c/><c><v>42</v></c></row>`) }]);
    expect(rows(file)).toEqual([{ line: 1, cells: ['Budi & co', '', '42'], numberCells: [2] }]);
  });

  it('passes over hidden sheets when choosing the first, and never reads a sheet not chosen', () => {
    const file = workbook([
      { name: 'Rahasia', state: 'hidden', xml: '<not xml at all' },
      { name: 'Peserta', xml: sheetXml(HEADER) },
      { name: 'Rusak', xml: '<worksheet><sheetData><row><c' },
    ]);
    const opened = readXlsx(file);
    expect(opened.sheet).toBe('Peserta');
    opened.rows.close();
    expect(() => rows(file, 'rusak')).toThrow(expect.objectContaining({ key: 'import.error.xlsxUnreadable' }));
  });

  it('imports hidden rows with a warning', async () => {
    const file = workbook([{ name: 'P', xml: sheetXml(`${HEADER}<row r="2" hidden="1">${inline('198503142010011001', 'A2')}${inline('Budi', 'B2')}</row>`) }]);
    const source = await openImportSource(file, { kind: 'participants' });
    const records = await readAll(source);
    expect(records.map((r) => r.values)).toEqual([{ nip: '198503142010011001', name: 'Budi' }]);
    expect(source.warnings.list).toEqual([{ line: 2, field: 'row', key: 'import.warning.hiddenRow', params: {} }]);
  });

  it('shows a number in a date style as a date, and reads shared strings', () => {
    const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const shared = `<sst ${NS}><si><t>Rina</t></si></sst>`;
    const file = workbook([{ name: 'A', xml: sheetXml('<row r="3"><c r="A3" s="1"><v>45461</v></c><c r="B3" s="2"><v>45461.5</v></c><c r="C3" t="s"><v>0</v></c></row>') }], {
      'xl/styles.xml': styles,
      'xl/sharedStrings.xml': shared,
    });
    expect(rows(file)).toEqual([{ line: 3, cells: ['2024-06-18', '2024-06-18', 'Rina'] }]);
  });

  it('ends with exit 3 naming the limit on a column past XFD, a row past 1,048,576, or a huge cell', () => {
    const past = workbook([{ name: 'A', xml: sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>') }]);
    expect(() => rows(past)).toThrow(expect.objectContaining({ key: 'import.limit.columns', exitCode: 3 }));
    const deep = workbook([{ name: 'A', xml: sheetXml('<row r="1048577"><c><v>1</v></c></row>') }]);
    expect(() => rows(deep)).toThrow(expect.objectContaining({ key: 'import.limit.rows', exitCode: 3 }));
    const huge = workbook([{ name: 'A', xml: sheetXml(`<row r="1">${inline('x'.repeat(40_000), 'A1')}</row>`) }]);
    expect(() => rows(huge)).toThrow(expect.objectContaining({ key: 'import.limit.cellChars', exitCode: 3 }));
  });

  it('reads two participants above 20,000 formatted empty rows, returning only them', async () => {
    const file = path.join(dir, 'empty.xlsx');
    emptyRowsWorkbook(file, 20_000);
    const records = await readAll(await openImportSource(file, { kind: 'participants' }));
    expect(records.map((r) => r.values.nip)).toEqual(['198503142010011001', '197905122005012004']);
  });
});

describe('.ods repeated cells', () => {
  it('ends with exit 3 naming the limit before building millions of repeated cells', async () => {
    const file = path.join(dir, 'repeated.ods');
    const cell = '<table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p></table:table-cell>';
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="P"><table:table-row table:number-rows-repeated="5000">${cell}</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    fs.writeFileSync(file, zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) }));
    await expect(openImportSource(file, { kind: 'participants' })).rejects.toMatchObject({ key: 'import.limit.legacyCells', exitCode: 3 });
  });
});

describe('.xls and .ods size limits (SheetJS reads them whole: SPEC §9, 200 MB)', () => {
  it('refuses an .xls over 2 MiB before reading it, naming the limit', async () => {
    const file = path.join(dir, 'large.xls');
    const bytes = Buffer.alloc(2 * 1024 * 1024 + 1);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    fs.writeFileSync(file, bytes);
    await expect(openImportSource(file, { kind: 'participants' })).rejects.toMatchObject({ key: 'import.limit.legacyBytes', exitCode: 3, params: { max: 2 * 1024 * 1024 } });
  });

  it('refuses an .ods whose sheet content unpacks past 12 MiB, however small the file', async () => {
    const file = path.join(dir, 'padded.ods');
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">${' '.repeat(12 * 1024 * 1024)}</office:document-content>`;
    fs.writeFileSync(file, zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) }));
    expect(fs.statSync(file).size).toBeLessThan(100_000);
    await expect(openImportSource(file, { kind: 'participants' })).rejects.toMatchObject({ key: 'import.limit.odsContentBytes', exitCode: 3 });
  });
});

describe('CSV record limit', () => {
  it('names the limit for one huge line without quotes', async () => {
    const file = path.join(dir, 'huge.csv');
    fs.writeFileSync(file, `NIP;Nama\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    await expect(openImportSource(file, { kind: 'participants' }).then(readAll)).rejects.toMatchObject({ key: 'import.limit.recordChars', exitCode: 3 });
  });
});
