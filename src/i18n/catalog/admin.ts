import type { Catalog } from './types.js';

// backup, restore and doctor: the messages of looking after the database file.
export const adminMessages = {
  'cli.backup.description': { id: 'cadangkan basis data ke sebuah berkas (aman walau sedang dipakai)', en: 'back the database up to a file (safe while it is in use)' },
  'cli.backup.arg.file': { id: 'berkas cadangan yang dibuat', en: 'the backup file to write' },
  'cli.backup.opt.force': { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' },
  'cli.backup.done': {
    id: 'Cadangan ditulis ke {file} ({bytes} bita, skema {version}).',
    en: 'Backup written to {file} ({bytes} bytes, schema {version}).',
  },
  'cli.backup.next': { id: 'Simpan salinannya di tempat lain. Memulihkan: proper restore {file}', en: 'Keep a copy elsewhere. To restore: proper restore {file}' },
  'cli.restore.description': {
    id: 'pulihkan basis data dari cadangan (diperiksa dulu; berkas lama disimpan di sebelahnya)',
    en: 'restore the database from a backup (checked first; the old file is kept beside it)',
  },
  'cli.restore.arg.file': { id: 'berkas cadangan yang dipulihkan', en: 'the backup file to restore' },
  'cli.restore.confirm': { id: 'Ganti basis data {path} dengan isi {file}?', en: 'Replace the database {path} with the contents of {file}?' },
  'cli.restore.done': { id: 'Basis data {path} dipulihkan dari {file} (skema {version}).', en: 'Database {path} restored from {file} (schema {version}).' },
  'cli.restore.previousKept': { id: 'Berkas sebelumnya disimpan sebagai {previous}.', en: 'The previous file was kept as {previous}.' },
  'cli.restore.migrated': { id: 'Cadangan dari skema {from} diperbarui ke skema {to}.', en: 'The backup, of schema {from}, was upgraded to schema {to}.' },
  'cli.doctor.description': { id: 'periksa kesehatan basis data: integritas, versi skema, data yatim dan ketidakcocokan', en: 'check the database: integrity, schema version, orphans and inconsistencies' },
  'cli.doctor.file': { id: 'Berkas', en: 'File' },
  'cli.doctor.schema': { id: 'Versi skema', en: 'Schema version' },
  'cli.doctor.healthy': { id: 'Basis data sehat.', en: 'The database is healthy.' },
  'cli.doctor.problems': { id: '{count} masalah ditemukan:', en: '{count} problems found:' },
  'cli.doctor.unhealthy': {
    id: '{count} masalah ditemukan di {path}. Pulihkan dari cadangan (proper restore BERKAS) atau perbaiki data yang disebut.',
    en: '{count} problems found in {path}. Restore a backup (proper restore FILE) or correct the records named.',
  },

  'admin.backup.exists': { id: 'Berkas {file} sudah ada; tidak ditimpa. Pilih nama lain atau tambahkan --force.', en: 'The file {file} already exists and was not overwritten. Choose another name or add --force.' },
  'admin.backup.isDirectory': { id: '{file} adalah folder. Berikan nama berkas, misalnya {file}/proper.db.', en: '{file} is a folder. Give a file name, for example {file}/proper.db.' },
  'admin.backup.sameFile': { id: '{file} adalah basis data itu sendiri. Pilih berkas lain untuk cadangan.', en: '{file} is the database itself. Choose another file for the backup.' },
  'admin.restore.missing': { id: 'Berkas cadangan {file} tidak ada. Periksa jalurnya.', en: 'The backup file {file} does not exist. Check the path.' },
  'admin.restore.isDirectory': { id: '{file} adalah folder, bukan berkas cadangan.', en: '{file} is a folder, not a backup file.' },
  'admin.restore.sameFile': { id: '{file} adalah basis data yang sedang dipakai; pilih berkas cadangan.', en: '{file} is the database in use; name a backup file.' },
  'admin.restore.unreadable': { id: 'Berkas cadangan {file} tidak dapat dibaca. Periksa hak aksesnya.', en: 'The backup file {file} cannot be read. Check its permissions.' },
  'admin.restore.notADatabase': {
    id: '{file} bukan basis data SQLite yang utuh (rusak atau berkas lain). Tidak ada yang diganti. Pilih cadangan lain.',
    en: '{file} is not a whole SQLite database (damaged, or another kind of file). Nothing was replaced. Choose another backup.',
  },
  'admin.restore.notProper': {
    id: '{file} bukan basis data proper (tabel yang tidak ada: {tables}). Tidak ada yang diganti.',
    en: '{file} is not a proper database (missing tables: {tables}). Nothing was replaced.',
  },
  'admin.restore.newer': {
    id: '{file} dibuat oleh versi proper yang lebih baru (skema {version}; versi ini mengenal sampai {supported}). Tidak ada yang diganti. Perbarui proper dulu.',
    en: '{file} was made by a newer proper (schema {version}; this version knows up to {supported}). Nothing was replaced. Update proper first.',
  },
  'admin.restore.integrity': {
    id: '{file} gagal pemeriksaan integritas ({count} temuan). Tidak ada yang diganti. Pilih cadangan lain:',
    en: '{file} failed the integrity check ({count} findings). Nothing was replaced. Choose another backup:',
  },
  'admin.restore.foreignKeys': {
    id: '{file} berisi {count} baris yang merujuk data yang tidak ada. Tidak ada yang diganti. Pilih cadangan lain:',
    en: '{file} holds {count} rows pointing at records that do not exist. Nothing was replaced. Choose another backup:',
  },

  'doctor.not_a_database': {
    id: '{path} bukan basis data SQLite (atau rusak parah). Pulihkan dari cadangan: proper restore BERKAS',
    en: '{path} is not an SQLite database (or is badly damaged). Restore a backup: proper restore FILE',
  },
  'doctor.integrity': { id: 'Pemeriksaan integritas SQLite: {detail}', en: 'SQLite integrity check: {detail}' },
  'doctor.not_proper': { id: '{path} bukan basis data proper (tabel yang tidak ada: {tables}).', en: '{path} is not a proper database (missing tables: {tables}).' },
  'doctor.schema_outdated': {
    id: 'Skema versi {version} lebih lama dari {supported}; akan diperbarui otomatis (dengan cadangan) pada perintah berikutnya.',
    en: 'Schema version {version} is older than {supported}; it will be upgraded automatically (with a backup) by the next command.',
  },
  'doctor.orphan': {
    id: 'Baris {row_id} di {table} merujuk {missing} #{reference} yang tidak ada.',
    en: 'Row {row_id} of {table} points at {missing} #{reference}, which does not exist.',
  },
  'doctor.report_figures': {
    id: 'Angka laporan {table} tidak sesuai dengan data: {missing} baris kurang atau berbeda, {extra} baris lebih. Data itu sendiri tidak terpengaruh, tetapi proper laporan lokus bisa menampilkan angka keliru; buat cadangan (proper cadangkan FILE) lalu pulihkan cadangan itu (proper pulihkan FILE): pemulihan menghitung ulang angka dari data.',
    en: 'The report figures {table} do not match the records: {missing} rows missing or different, {extra} rows too many. The records themselves are unharmed, but proper report lokus may show wrong figures; make a backup (proper backup FILE) and restore it (proper restore FILE): a restore computes the figures again from the records.',
  },
  'doctor.foreign_key': { id: 'Baris {row_id} di {table} merujuk {parent} yang tidak ada.', en: 'Row {row_id} of {table} points at a missing {parent} record.' },
  'doctor.events_out_of_order': {
    id: 'Proyek {project_id}: peristiwa {event_id} bertanggal {date}, sebelum peristiwa sebelumnya ({previous_date}); tanggal tahapan tidak boleh mundur.',
    en: 'Project {project_id}: event {event_id} is dated {date}, before the event before it ({previous_date}); stage dates never go backwards.',
  },
  'doctor.event_in_future': {
    id: 'Proyek {project_id}: peristiwa {event_id} bertanggal {date}, setelah hari ini ({today}).',
    en: 'Project {project_id}: event {event_id} is dated {date}, after today ({today}).',
  },
  'doctor.project_without_events': {
    id: 'Proyek {project_id} (tahap {stage}) tidak punya riwayat tahapan sama sekali.',
    en: 'Project {project_id} (stage {stage}) has no stage history at all.',
  },
  'doctor.stage_mismatch': {
    id: 'Proyek {project_id} tercatat di tahap {stage}, tetapi peristiwa terakhirnya membawanya ke {last_event_stage}.',
    en: 'Project {project_id} is recorded at stage {stage}, but its last event took it to {last_event_stage}.',
  },
  'doctor.invalid_setting': {
    id: 'Pengaturan {key} = "{value}" tidak sah. Perbaiki dengan: proper config set {key} 90,80,70,60',
    en: 'Setting {key} = "{value}" is not valid. Correct it with: proper config set {key} 90,80,70,60',
  },
  'doctor.predicate_without_score': {
    id: 'Proyek {project_id} ({table} #{row_id}) punya predikat "{predicate}" tanpa nilai.',
    en: 'Project {project_id} ({table} #{row_id}) has the predicate "{predicate}" but no score.',
  },
  'doctor.predicate_missing': {
    id: 'Proyek {project_id} ({table} #{row_id}) bernilai {score} tanpa predikat; dengan rentang {bands} predikatnya "{expected}".',
    en: 'Project {project_id} ({table} #{row_id}) has the score {score} but no predicate; under the bands {bands} it would be "{expected}".',
  },
  'doctor.predicate_mismatch': {
    id: 'Proyek {project_id} ({table} #{row_id}): nilai {score} tersimpan dengan predikat "{predicate}", padahal rentang {program} yang berlaku sekarang ({bands}) memberi "{expected}", dan tidak ada rentang lain yang pernah tercatat ({known_band_sets} diperiksa) yang memberi "{predicate}". Periksa nilai atau predikatnya.',
    en: 'Project {project_id} ({table} #{row_id}): the score {score} is stored with the predicate "{predicate}", but the {program} bands in force now ({bands}) give "{expected}", and no band set ever recorded ({known_band_sets} checked) gives "{predicate}". Check the score or the predicate.',
  },
  'doctor.file_permissions': {
    id: '{file} dapat dibaca pengguna lain (mode {mode}); isinya data pribadi. Perbaiki dengan: {fix}',
    en: '{file} is readable by other users (mode {mode}); it holds personal data. Fix it with: {fix}',
  },
  'doctor.network_file_system': {
    id: 'Berkas ada di sistem berkas jaringan ({type} di {mount_point}); mode WAL SQLite tidak aman di sana. Simpan basis data di disk lokal dan cadangkan ke folder jaringan dengan proper backup.',
    en: 'The file is on a network file system ({type} at {mount_point}); SQLite\'s WAL mode is not safe there. Keep the database on a local disk and back it up to the network folder with proper backup.',
  },
} satisfies Catalog;
