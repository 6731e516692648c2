import type { Catalog } from './types.js';

// The schema check of restore and doctor, leftovers of killed processes, and the demo's safety.
export const safetyMessages = {
  'schema.type.table': { id: 'tabel', en: 'table' },
  'schema.type.index': { id: 'indeks', en: 'index' },
  'schema.type.trigger': { id: 'pemicu (trigger)', en: 'trigger' },
  'schema.type.view': { id: 'view', en: 'view' },
  'schema.onTable': { id: 'pada tabel {table}', en: 'on table {table}' },
  'schema.columns': { id: '(kolom: {detail}; - hilang, + tambahan, ~ berbeda)', en: '(columns: {detail}; - missing, + extra, ~ different)' },
  'schema.missing': { id: '{type} {name} {on} tidak ada', en: '{type} {name} {on} is missing' },
  'schema.unexpected': { id: '{type} {name} {on} bukan buatan proper', en: '{type} {name} {on} was not made by proper' },
  'schema.changed': { id: '{type} {name} {on} didefinisikan lain {columns}', en: '{type} {name} {on} is defined differently {columns}' },

  'admin.restore.schema': {
    id: 'Skema {file} berbeda dari yang dibuat proper ({count} perbedaan); isinya akan berjalan pada setiap perintah. Tidak ada yang diganti. Pilih cadangan lain:',
    en: 'The schema of {file} differs from the one proper creates ({count} differences); it would run with every command. Nothing was replaced. Choose another backup:',
  },
  'admin.restore.negativeVersion': {
    id: '{file} menyatakan versi skema {version}, yang tidak pernah dibuat proper. Tidak ada yang diganti. Pilih cadangan lain.',
    en: '{file} states schema version {version}, which proper never writes. Nothing was replaced. Choose another backup.',
  },
  'admin.restore.migrationFailed': {
    id: 'Salinan {file} (skema {version}) tidak dapat diperbarui: {reason}. Tidak ada yang diganti. Pilih cadangan lain.',
    en: 'The copy of {file} (schema {version}) could not be upgraded: {reason}. Nothing was replaced. Choose another backup.',
  },
  'db.negativeVersion': {
    id: '{path} menyatakan versi skema {version}, yang tidak pernah dibuat proper; tidak diubah. Pulihkan dari cadangan: proper restore BERKAS',
    en: '{path} states schema version {version}, which proper never writes; it was left untouched. Restore a backup: proper restore FILE',
  },

  'doctor.negative_version': {
    id: '{path} menyatakan versi skema {version}, yang tidak pernah dibuat proper.',
    en: '{path} states schema version {version}, which proper never writes.',
  },
  'doctor.schema_difference': { id: 'Skema: {description}.', en: 'Schema: {description}.' },
  'doctor.leftover_temp': {
    id: '{file} ({bytes} bita) adalah salinan sementara dari proses proper yang terhenti; isinya data pribadi. Hapus dengan: {fix}',
    en: '{file} ({bytes} bytes) is the temporary copy of a proper process that was stopped; it holds personal data. Remove it with: {fix}',
  },
  'doctor.leftover_unfinished': {
    id: '{file} ({bytes} bita) bernama seperti cadangan, tetapi tidak pernah selesai ditulis. Hapus dengan: {fix}',
    en: '{file} ({bytes} bytes) is named like a backup but was never finished. Remove it with: {fix}',
  },
  'cli.doctor.removeLeftovers': {
    id: 'Hapus {count} salinan sementara yang tertinggal itu sekarang?',
    en: 'Remove those {count} left-behind temporary copies now?',
  },
  'cli.doctor.leftoversRemoved': { id: '{count} salinan sementara dihapus.', en: '{count} temporary copies removed.' },
  'doctor.leftover_removed': {
    id: 'Salinan sementara yang tertinggal dihapus: {file} ({bytes} bita).',
    en: 'A left-behind temporary copy was removed: {file} ({bytes} bytes).',
  },

  'cli.demo.notEmpty': {
    id: '{path} sudah berisi data ({cohorts} angkatan, {people} orang); demo akan menambahkan angkatan dan 22 orang rekaan ke dalamnya. Tidak ada yang ditulis. Pakai berkas baru (proper --db coba.db demo), atau tambahkan --yes untuk tetap menggabungkannya.',
    en: '{path} already holds data ({cohorts} cohorts, {people} people); the demo would add its cohorts and 22 invented people to it. Nothing was written. Use a new file (proper --db try.db demo), or add --yes to merge them anyway.',
  },
  'cli.demo.notEmptyWarning': {
    id: '{path} sudah berisi data ({cohorts} angkatan, {people} orang).',
    en: '{path} already holds data ({cohorts} cohorts, {people} people).',
  },
  'cli.demo.mergeQuestion': {
    id: 'Tambahkan angkatan demo dan 22 orang rekaan ke dalamnya?',
    en: 'Add the demo cohorts and 22 invented people to it?',
  },
} satisfies Catalog;
