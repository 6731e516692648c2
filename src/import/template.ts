// Empty lists for officers to send to agencies: the canonical Indonesian headers (each one an alias
// the import recognises) and one example row of an invented person with a valid NIP.
import fs from 'node:fs';
import { type OutputGuard, writeOutputFile } from '../db/output-file.js';
import { UsageError } from '../errors.js';
import { FOLLOWUP_TEMPLATE } from './followup-template.js';
import type { ImportKind } from './header-map.js';
import { neutraliseCell } from './rejected.js';

export type TemplateFormat = 'csv' | 'xlsx';

export const TEMPLATES: Record<ImportKind, { headers: string[]; example: string[] }> = {
  participants: {
    headers: ['NIP', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Pangkat', 'Golongan', 'Jabatan', 'Instansi', 'Unit Kerja', 'Email', 'Telepon', 'Kelompok', 'Status'],
    example: [
      '19850314 201001 1 001', 'Budi Santoso, S.E.', 'L', '1985-03-14', 'Penata', 'III/c', 'Kepala Seksi Pelayanan',
      'Pemerintah Kota Contoh', 'Bagian Umum Sekretariat Daerah', 'budi.santoso@contoh.go.id', '081234567890', '1', 'aktif',
    ],
  },
  projects: {
    headers: ['NIP', 'Judul Proyek Perubahan', 'Nama Inovasi', 'Deskripsi', 'Tahap', 'Tanggal Tahap', 'Nilai', 'Coach', 'Mentor', 'Penguji', 'Lokus', 'Diadopsi Oleh', 'Jenis Adopsi', 'Penghargaan'],
    example: [
      '19850314 201001 1 001', 'Layanan izin usaha daring satu pintu', 'SIPINTU', 'Permohonan izin usaha diajukan dan dipantau secara daring',
      'presentasi', '2024-06-18', '88', 'Dr. Siti Aminah, M.Si.', 'Kepala Dinas Penanaman Modal', 'Prof. Hadi Wibowo', '', '', '', '',
    ],
  },
  followups: FOLLOWUP_TEMPLATE,
};

const TEMPLATE_NAMES: Record<ImportKind, string> = { participants: 'peserta', projects: 'proyek', followups: 'pemantauan' };
const SHEET_NAMES: Record<ImportKind, string> = { participants: 'Peserta', projects: 'Proyek', followups: 'Pemantauan' };

export function defaultTemplateFile(kind: ImportKind, format: TemplateFormat): string {
  return `templat-${TEMPLATE_NAMES[kind]}.${format}`;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : neutraliseCell(c))).join(';')}\r\n`;
}

/** Writes the template; refuses to overwrite an existing file. */
/** Writes the template through the one output writer; `guard` names the files it must not replace (the database). */
export async function writeTemplate(kind: ImportKind, format: TemplateFormat, file: string, guard: OutputGuard = {}): Promise<void> {
  if (fs.existsSync(file) && fs.statSync(file).isFile()) throw new UsageError('import.error.templateExists', { file });
  const { headers, example } = TEMPLATES[kind];
  if (format === 'csv') {
    // Excel's "CSV (semicolon)" as Indonesian Windows writes it: BOM, semicolons, CRLF.
    writeOutputFile(file, `\uFEFF${csvLine(headers)}${csvLine(example)}`, { guard, field: '--output' });
    return;
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind]);
  sheet.addRow(headers).font = { bold: true };
  sheet.addRow(example);
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(header.length, example[i]?.length ?? 0, 10) + 2;
    // Text format, so an NIP typed later is never turned into a number that loses its digits.
    column.numFmt = '@';
  });
  writeOutputFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()), { guard, field: '--output' });
}
