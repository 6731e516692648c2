// `proper export TABLE`: a whole table as CSV (UTF-8 with a BOM, a header row, every cell safe to
// open in a spreadsheet) or as a JSON array, produced in chunks so memory stays bounded.
import type { ExportTable } from '../db/export.js';
import { EXPORT_TABLES, exportFields, isExportTable, iterateExport } from '../db/export.js';
import type { Db } from '../db/open.js';
import { UsageError } from '../errors.js';
import { toCsvLine } from '../report/csv-cell.js';
import type { CsvValue } from '../report/csv-cell.js';

export const EXPORT_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// Indonesian names officers may type (`proper ekspor peserta`).
const TABLE_ALIASES: Record<string, ExportTable> = {
  angkatan: 'cohorts',
  peserta: 'participants',
  kunjungan: 'visits',
  proyek: 'projects',
  riwayat: 'events',
  peristiwa: 'events',
};

export function parseExportTable(input: string): ExportTable {
  const name = input.trim().toLowerCase();
  if (isExportTable(name)) return name;
  const alias = TABLE_ALIASES[name];
  if (alias) return alias;
  throw new UsageError('export.error.unknownTable', { value: input, choices: EXPORT_TABLES.join(', ') });
}

export function parseExportFormat(input: string | undefined, json: boolean): ExportFormat {
  if (input === undefined) return json ? 'json' : 'csv';
  const format = input.trim().toLowerCase();
  if (format !== 'csv' && format !== 'json') throw new UsageError('export.error.unknownFormat', { value: input, field: 'format' });
  if (json && format !== 'json') throw new UsageError('export.error.formatConflict', { format });
  return format;
}

const CHUNK = 64 * 1024;
const BOM = '\uFEFF';

export interface ExportProgress {
  rows: number;
}

/**
 * The export as text chunks of about 64 KB. `progress.rows` counts the rows written so far.
 * Lists are joined with "; " in CSV, arrays in JSON.
 */
export function* exportChunks(db: Db, table: ExportTable, format: 'csv' | 'json', progress: ExportProgress = { rows: 0 }): Generator<string> {
  const fields = exportFields(table);
  let buffer = format === 'csv' ? `${BOM}${toCsvLine(fields)}\r\n` : '[';
  for (const row of iterateExport(db, table)) {
    if (format === 'csv') {
      buffer += `${toCsvLine(row.map(csvValue))}\r\n`;
    } else {
      const record: Record<string, unknown> = {};
      fields.forEach((field, i) => {
        record[field] = row[i];
      });
      buffer += `${progress.rows === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
    }
    progress.rows += 1;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (format === 'json') buffer += progress.rows === 0 ? ']\n' : '\n]\n';
  yield buffer;
}

/** The table's fields and rows, for the xlsx export (src/report/export-xlsx.ts). */
export function exportRows(db: Db, table: ExportTable): { fields: string[]; rows: Iterable<unknown[]> } {
  return { fields: [...exportFields(table)], rows: iterateExport(db, table) as Iterable<unknown[]> };
}

function csvValue(value: unknown): CsvValue {
  if (Array.isArray(value)) return value.join('; ');
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
