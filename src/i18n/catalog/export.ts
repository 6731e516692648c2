import type { Catalog } from './types.js';

// proper export TABLE: a whole table as CSV or JSON.
export const exportMessages = {
  'cli.export.description': {
    id: 'seluruh tabel sebagai CSV atau JSON: cohorts, participants, lokus, visits, projects, events, milestones',
    en: 'a whole table as CSV or JSON: cohorts, participants, lokus, visits, projects, events, milestones',
  },
  'cli.export.arg.table': {
    id: 'tabel: cohorts (angkatan), participants (peserta), lokus, visits (kunjungan), projects (proyek), events (riwayat), milestones',
    en: 'table: cohorts, participants, lokus, visits, projects, events, milestones',
  },
  'cli.export.opt.format': {
    id: 'format: csv (bawaan), json, atau xlsx (untuk dibuka di Excel: NIP dan nomor HP tetap teks; perlu --output)',
    en: 'format: csv (default), json, or xlsx (to open in Excel: NIPs and phones stay text; needs --output)',
  },
  'cli.export.opt.output': { id: 'tulis ke berkas ini, bukan ke layar', en: 'write to this file instead of the screen' },
  'cli.export.help': {
    id: `Kolom mengikuti nama field JSON (snake_case Inggris). participants berisi satu baris per keikutsertaan
(data orang ditambah cohort, group, status), sehingga riwayat pusat pelatihan menjadi satu tabel datar;
orang yang belum pernah terdaftar muncul sekali dengan cohort kosong. Daftar (groups, innovations,
adopted_by) dipisah "; " di CSV. CSV memakai UTF-8 dengan BOM agar Excel membukanya dengan benar, dan sel
yang diawali =, +, -, @, tab atau CR diberi awalan ' agar tidak dijalankan sebagai rumus.`,
    en: `Columns are the JSON field names (English snake_case). participants has one row per enrolment
(the person's fields plus cohort, group, status), so a training centre's history is one flat table;
a person never enrolled appears once with an empty cohort. Lists (groups, innovations, adopted_by) are
joined with "; " in CSV. CSV is UTF-8 with a BOM so that Excel opens it correctly, and a cell starting
with =, +, -, @, tab or CR is prefixed with ' so that it is never run as a formula.`,
  },
  'cli.export.written': { id: '{rows} baris {table} ditulis ke {path}.', en: '{rows} rows of {table} written to {path}.' },

  'export.error.xlsxNeedsOutput': {
    id: 'ekspor xlsx perlu berkas tujuan: tambahkan --output {table}.xlsx.',
    en: 'an xlsx export needs a file to write: add --output {table}.xlsx.',
  },
  'export.error.unknownTable': {
    id: 'tabel "{value}" tidak dikenal; pilih salah satu: {choices}.',
    en: 'unknown table "{value}"; choose one of: {choices}.',
  },
  'export.error.unknownFormat': {
    id: 'format "{value}" tidak dikenal untuk ekspor; pilih csv, json atau xlsx.',
    en: 'unknown export format "{value}"; choose csv, json or xlsx.',
  },
  'export.error.formatConflict': {
    id: '--json dan --format {format} bertentangan; pakai salah satu saja.',
    en: '--json and --format {format} contradict each other; use only one.',
  },
} satisfies Catalog;
