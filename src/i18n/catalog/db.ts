import type { Catalog } from './types.js';

export const dbMessages = {
  'db.missing': { id: 'Berkas basis data {path} tidak ada.', en: 'The database file {path} does not exist.' },
  'db.isDirectory': {
    id: '{path} adalah folder, bukan berkas basis data. Berikan jalur berkas, misalnya --db {path}/proper.db.',
    en: '{path} is a folder, not a database file. Give a file path, for example --db {path}/proper.db.',
  },
  'db.cannotOpen': {
    id: 'Basis data {path} tidak dapat dibuka atau ditulis. Periksa jalur dan hak aksesnya.',
    en: 'Cannot open or write the database {path}. Check the path and its permissions.',
  },
  'db.notADatabase': {
    id: '{path} bukan basis data SQLite (atau rusak). Periksa jalurnya, atau pulihkan dari cadangan dengan: proper restore BERKAS',
    en: '{path} is not an SQLite database (or it is damaged). Check the path, or restore a backup with: proper restore FILE',
  },
  'db.notProper': {
    id: '{path} adalah basis data SQLite milik program lain, bukan milik proper; tidak diubah. Pilih berkas lain dengan --db.',
    en: '{path} is an SQLite database of another program, not proper\'s; it was left untouched. Choose another file with --db.',
  },
  'db.newerThanProgram': {
    id: 'Basis data {path} dibuat oleh versi proper yang lebih baru (skema {version}; versi ini mengenal sampai {supported}). Berkas tidak diubah. Perbarui proper.',
    en: 'The database {path} was made by a newer proper (schema {version}; this version knows up to {supported}). The file was left untouched. Update proper.',
  },
  'db.locked': {
    id: 'Basis data {path} sedang dipakai proses lain terlalu lama. Coba lagi sebentar lagi.',
    en: 'The database {path} was held by another process for too long. Try again in a moment.',
  },
  'db.constraint': {
    id: 'Data ditolak oleh basis data: {detail}. Tidak ada yang disimpan.',
    en: 'The database refused the data: {detail}. Nothing was saved.',
  },
} satisfies Catalog;
