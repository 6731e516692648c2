// proper's own CSV comes back in (SPEC §6 "Its own outputs come back in"): every exported table,
// read back with the import's CSV reader and cell rules, gives the stored values; a participant
// export imported into a fresh database stores the same people, tricky values included; the xlsx
// export keeps NIPs and phones as text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import { EXPORT_TABLES } from '../../src/db/export.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { insertEnrolment, insertPerson } from '../../src/db/people.js';
import { CsvFileRows } from '../../src/import/csv-rows.js';
import { readXlsx } from '../../src/import/parse-xlsx.js';
import { cellValue } from '../../src/import/row-shape.js';
import { runImport } from '../../src/import/run.js';
import { loadDemo, readDemoData } from '../../src/usecases/demo.js';
import { exportChunks, exportRows } from '../../src/usecases/export.js';
import { writeExportXlsx } from '../../src/report/export-xlsx.js';

const today = new Date('2024-12-30T12:00:00');
let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-roundtrip-'));
  db = openDatabase(path.join(dir, 'proper.db'), { audit: false });
  loadDemo(db, readDemoData(), today);
  // Values a spreadsheet would mangle or run.
  const cohort = db.prepare('SELECT id FROM cohorts ORDER BY id LIMIT 1').get() as { id: number };
  const tricky = [
    { name: 'Budi;=1+1', unit: '-Sekretariat DPRD-', phone: '+6281234567890', agency: 'Pemkot "Contoh", Jawa' },
    { name: 'Rina "Ina", S.E.', unit: '@unit', phone: '081234567890', agency: '=HYPERLINK("x")' },
  ];
  tricky.forEach((t, i) => {
    const id = insertPerson(db, {
      nip: `19850314201001100${i + 5}`, id_type: 'nip', name: t.name, gender: 'male', birth_date: '1985-03-14', rank: null, grade: null,
      position: 'Kepala Seksi;+Bidang', agency: t.agency, unit: t.unit, email: null, phone: t.phone,
    });
    insertEnrolment(db, cohort.id, id, 'I', 'active');
  });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function exportCsv(table: (typeof EXPORT_TABLES)[number]): string {
  const file = path.join(dir, `${table}.csv`);
  fs.writeFileSync(file, [...exportChunks(db, table, 'csv')].join(''));
  return file;
}

function readCsv(file: string): string[][] {
  const reader = new CsvFileRows(file);
  const rows: string[][] = [];
  for (let batch = reader.next(); batch; batch = reader.next()) rows.push(...batch.map((r) => r.cells.map((c) => cellValue(c))));
  return rows;
}

/** A stored value as its CSV text: null empty, lists joined with "; ". */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value).trim();
}

describe('round trip of proper\'s own CSV', () => {
  for (const table of EXPORT_TABLES) {
    it(`${table}: every cell reads back as the stored value`, () => {
      const { fields, rows } = exportRows(db, table);
      const expected = [fields, ...[...rows].map((r) => r.map(asText))];
      expect(expected.length).toBeGreaterThan(1);
      const read = readCsv(exportCsv(table)).map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
      // "-" alone reads as no value on import; the demo holds none.
      expect(read).toEqual(expected.map((r) => r.map((c) => (c === '-' ? '' : c))));
    });
  }

  it('participants exported and imported into a fresh database store the same people', async () => {
    const file = exportCsv('participants');
    const other = openDatabase(path.join(dir, 'other.db'), { audit: false });
    try {
      const codes = db.prepare('SELECT code, program, number, year FROM cohorts').all() as { code: string; program: 'pkp'; number: number; year: number }[];
      for (const c of codes) insertCohort(other, { ...c, organizer: null, start_date: null, end_date: null, place: null });
      const people = (d: Db) => d.prepare('SELECT nip, name, gender, birth_date, rank, grade, position, agency, unit, email, phone FROM people WHERE id IN (SELECT person_id FROM enrolments) ORDER BY nip').all();
      for (const c of codes) {
        // The export holds every cohort's rows; each import takes the rows of one cohort.
        const rows = readCsv(file);
        const cohortColumn = rows[0]!.indexOf('cohort');
        const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        expect(cohortColumn).toBeGreaterThan(-1);
        const part = path.join(dir, `${c.code}.csv`);
        const records = splitRecords(lines);
        fs.writeFileSync(part, [records[0], ...records.slice(1).filter((_, i) => rows[i + 1]![cohortColumn] === c.code)].join('\r\n'));
        const report = await runImport(other, { kind: 'participants', file: part, cohort: c.code, today });
        expect(report.rejected, JSON.stringify(report.errors)).toBe(0);
      }
      expect(people(other)).toEqual(people(db));
    } finally {
      other.close();
    }
  });

  it('the xlsx export keeps NIPs and phones as text and reads back the same', async () => {
    const file = path.join(dir, 'participants.xlsx');
    const { fields, rows } = exportRows(db, 'participants');
    await writeExportXlsx(fs.createWriteStream(file), 'participants', fields, rows, { rows: 0 });
    const sheet = readXlsx(file);
    const read: string[][] = [];
    for (let batch = sheet.rows.next(); batch; batch = sheet.rows.next()) {
      for (const row of batch) {
        expect(row.numberCells?.includes(fields.indexOf('nip')) ?? false).toBe(false);
        read.push(fields.map((_, i) => (row.cells[i] ?? '').trim()));
      }
    }
    sheet.rows.close();
    const expected = [fields, ...[...exportRows(db, 'participants').rows].map((r) => r.map(asText))];
    expect(read).toEqual(expected);
  });
});

/** The CSV's records as written (a quoted line break stays inside its record). */
function splitRecords(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      out.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
