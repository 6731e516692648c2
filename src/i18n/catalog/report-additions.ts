import type { Catalog } from './types.js';

// Report additions of issue 12 (SPEC §8): graduation results, the report's day, lokus projects,
// the signature block.
export const reportAdditionMessages = {
  'report.section.by_status': { id: 'Hasil Kelulusan', en: 'Graduation Results' },
  'report.field.status': { id: 'Status', en: 'Status' },
  'report.status.active': { id: 'Aktif (belum ditetapkan)', en: 'Active (not yet decided)' },
  'report.status.passed': { id: 'Lulus', en: 'Passed' },
  'report.status.failed': { id: 'Tidak lulus', en: 'Failed' },
  'report.status.withdrawn': { id: 'Mengundurkan diri', en: 'Withdrawn' },
  'report.field.passed': { id: 'Lulus', en: 'Passed' },
  'report.field.failed': { id: 'Tidak lulus', en: 'Failed' },
  'report.field.withdrawn': { id: 'Mundur', en: 'Withdrawn' },
  'report.field.as_of': { id: 'Keadaan per', en: 'As of' },
  'report.field.inspired_by_lokus_name': { id: 'Lokus inspirasi', en: 'Inspiring lokus' },
  'report.sheet.by_status': { id: 'Kelulusan', en: 'Graduation' },
  'report.sheet.lokus_projects': { id: 'Proyek Lokus', en: 'Lokus Projects' },
  'report.section.lokus_projects': { id: 'Proyek yang Terilhami Lokus', en: 'Projects Inspired by Each Lokus' },
  'report.field.project_id': { id: 'ID', en: 'ID' },
  'report.field.cohort': { id: 'Angkatan', en: 'Cohort' },
  'report.signature.place_date': { id: '{place}, {date}', en: '{place}, {date}' },
  'report.signature.role': { id: 'Kepala Pusat Pelatihan', en: 'Head of the Training Centre' },
  'report.signature.nip': { id: 'NIP {nip}', en: 'NIP {nip}' },
  'cli.report.opt.asOf': {
    id: 'tanggal keadaan laporan (bawaan hari ini); laporan lokus dan rekap hanya memuat angkatan yang sudah mulai',
    en: 'the date the report is drawn up for (default today); lokus and summary reports hold only cohorts started by then',
  },
  'cli.report.opt.projectsPerLokus': {
    id: 'paling banyak sekian proyek disebut per lokus (bawaan 20; jumlahnya tetap dihitung semua)',
    en: 'name at most this many projects per lokus (default 20; the counts cover them all)',
  },
  'reportcli.error.extensionConflict': {
    id: '--format {format} bertentangan dengan nama berkas {path} (berakhiran format {extension_format}); hapus --format atau ganti akhiran berkasnya.',
    en: '--format {format} contradicts the file name {path} (its extension is {extension_format}); drop --format or change the extension.',
  },
  'cohort.notFoundNear': {
    id: 'Angkatan "{code}" tidak ditemukan. Mungkin maksud Anda: {near}? Lihat daftarnya dengan: proper cohort list',
    en: 'Cohort "{code}" not found. Did you mean: {near}? See the list with: proper cohort list',
  },
  'lokus.notFoundNear': {
    id: 'Lokus "{ref}" tidak ditemukan. Mungkin maksud Anda: {near}? Lihat daftarnya dengan: proper lokus list',
    en: 'Lokus "{ref}" not found. Did you mean: {near}? See the list with: proper lokus list',
  },
  'cli.error.didYouMean': { id: 'Mungkin maksud Anda: {name}?', en: 'Did you mean {name}?' },
  'cli.error.unknownCommandNamed': { id: 'perintah "{name}" tidak dikenal.', en: 'unknown command "{name}".' },
  'cli.error.unknownOptionNamed': { id: 'opsi {name} tidak dikenal.', en: 'unknown option {name}.' },
  'cli.error.missingArgumentNamed': { id: 'argumen {name} wajib diisi.', en: 'the argument {name} is required.' },
  'cli.error.optionNeedsValue': { id: 'opsi {name} memerlukan nilai.', en: 'the option {name} needs a value.' },
  'cli.error.requiredOption': { id: 'opsi {name} wajib diisi.', en: 'the option {name} is required.' },
  'cli.error.tooManyArguments': {
    id: 'terlalu banyak argumen untuk "{command}": diharapkan {expected}, diberikan {got}. Beri tanda kutip pada nilai yang mengandung spasi.',
    en: 'too many arguments for "{command}": expected {expected}, got {got}. Quote a value that contains spaces.',
  },
  'cli.error.notAChoice': { id: 'nilai "{value}" untuk {name} tidak dikenal; pilih salah satu: {choices}.', en: 'unknown value "{value}" for {name}; choose one of: {choices}.' },
  'cli.project.kindChoices': {
    id: 'berlanjut|dilembagakan|replikasi|"diadopsi daerah lain"',
    en: 'sustained|institutionalized|replicated|adopted_elsewhere',
  },
  'cli.error.langEnv': {
    id: 'PROPER_LANG="{value}" tidak dikenal; pakai id atau en (misalnya export PROPER_LANG=en).',
    en: 'PROPER_LANG="{value}" is not a language proper knows; use id or en (for example export PROPER_LANG=en).',
  },
  'cli.restore.yesNote': {
    id: 'Pemulihan menimpa basis data: di terminal ditanyakan dulu; tanpa terminal (skrip, CI) perlu -y/--yes.',
    en: 'Restoring replaces the database: at a terminal you are asked first; without one (scripts, CI) it needs -y/--yes.',
  },
} satisfies Catalog;
