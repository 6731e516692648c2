import type { Catalog } from './types.js';

// proper history: the audit trail of changes.
export const auditMessages = {
  'cli.history.description': {
    id: 'riwayat perubahan proyek, peserta terdaftar dan pengaturan: kapan, apa, oleh siapa',
    en: 'the trail of changes to projects, enrolments and settings: when, what, by whom',
  },
  'cli.history.opt.table': {
    id: 'hanya tabel ini (projects, project_events, adoptions, adoption_adopters, milestones, enrolments, settings)',
    en: 'only this table (projects, project_events, adoptions, adoption_adopters, milestones, enrolments, settings)',
  },
  'cli.history.opt.user': { id: 'hanya perubahan oleh pengguna sistem ini', en: 'only changes made by this operating-system user' },
  'cli.history.opt.since': { id: 'hanya sejak tanggal ini (YYYY-MM-DD)', en: 'only since this date (YYYY-MM-DD)' },
  'cli.history.opt.limit': { id: 'paling banyak sekian baris, yang terbaru dulu (bawaan 50)', en: 'at most this many rows, newest first (default 50)' },
  'cli.history.none': { id: 'Belum ada perubahan yang tercatat.', en: 'No changes recorded yet.' },
  'cli.history.col.at': { id: 'Waktu', en: 'When' },
  'cli.history.col.user': { id: 'Pengguna', en: 'User' },
  'cli.history.col.action': { id: 'Tindakan', en: 'Action' },
  'cli.history.col.table': { id: 'Tabel', en: 'Table' },
  'cli.history.col.row': { id: 'Baris', en: 'Row' },
  'cli.history.col.change': { id: 'Perubahan', en: 'Change' },
  'cli.history.action.insert': { id: 'tambah', en: 'insert' },
  'cli.history.action.update': { id: 'ubah', en: 'update' },
  'cli.history.action.delete': { id: 'hapus', en: 'delete' },
  'audit.unknownTable': { id: 'Tabel "{table}" tidak dicatat riwayatnya. Pilih salah satu: {tables}.', en: 'Table "{table}" has no audit trail. Choose one of: {tables}.' },
  'audit.invalidLimit': { id: '--limit "{value}" tidak sah; tulis bilangan bulat positif, misalnya 20.', en: '--limit "{value}" is not valid; write a positive whole number, for example 20.' },
} satisfies Catalog;
