import type { Catalog } from './types.js';

// Messages of the front half of the import pipeline: reading, decoding, parsing, header mapping.
export const importMessages = {
  'import.error.fileNotFound': {
    id: 'File {file} tidak ditemukan. Periksa nama dan foldernya.',
    en: 'File {file} was not found. Check its name and folder.',
  },
  'import.error.fileUnreadable': {
    id: 'File {file} tidak dapat dibaca ({reason}). Periksa izin aksesnya, atau tutup file itu di program lain.',
    en: 'File {file} cannot be read ({reason}). Check its permissions, or close it in the other program.',
  },
  'import.error.unsupportedFormat': {
    id: 'Format file {file} tidak didukung ({ext}). Gunakan CSV (.csv, .tsv, .txt), Excel (.xlsx, .xls) atau LibreOffice (.ods).',
    en: 'File {file} has an unsupported format ({ext}). Use CSV (.csv, .tsv, .txt), Excel (.xlsx, .xls) or LibreOffice (.ods).',
  },
  'import.error.xlsxUnreadable': {
    id: 'File {file} bukan buku kerja Excel yang dapat dibaca ({reason}). Simpan ulang dari Excel atau LibreOffice sebagai .xlsx.',
    en: 'File {file} is not a readable Excel workbook ({reason}). Save it again from Excel or LibreOffice as .xlsx.',
  },
  'import.error.noSheets': {
    id: 'Buku kerja {file} tidak berisi lembar kerja.',
    en: 'Workbook {file} contains no sheets.',
  },
  'import.error.sheetNotFound': {
    id: 'Lembar "{sheet}" tidak ada di {file}. Lembar yang ada: {sheets}.',
    en: 'Sheet "{sheet}" is not in {file}. Its sheets are: {sheets}.',
  },
  'import.error.mixedEncoding': {
    id: 'File {file} mencampur pengodean karakter (sebagian UTF-8, sebagian bukan). Simpan ulang sebagai "CSV UTF-8".',
    en: 'File {file} mixes character encodings (partly UTF-8, partly not). Save it again as "CSV UTF-8".',
  },
  'import.error.unclosedQuote': {
    id: '{file}:{line}: tanda kutip (") dibuka tetapi tidak pernah ditutup. Periksa sel pada baris itu.',
    en: '{file}:{line}: a quotation mark (") is opened but never closed. Check the cells on that line.',
  },
  'import.error.textAfterQuote': {
    id: '{file}:{line}: ada teks setelah tanda kutip penutup sebuah sel. Gandakan tanda kutip di dalam sel ("") atau hapus.',
    en: '{file}:{line}: text follows the closing quotation mark of a cell. Double the quotation marks inside the cell ("") or remove them.',
  },
  'import.error.noHeader': {
    id: 'File {file} kosong: tidak ada baris judul kolom.',
    en: 'File {file} is empty: it has no header row.',
  },
  'import.error.headerRowNotFound': {
    id: 'Tidak ada baris data yang dimulai pada baris {line} di {file} (--header-row). Pilih baris yang berisi nama-nama kolom.',
    en: 'No row starts at line {line} of {file} (--header-row). Choose the line that holds the column names.',
  },
  'import.error.missingColumns': {
    id: '{file}:{line}: kolom wajib tidak ditemukan: {columns}. Kolom yang ada: {found}. Ganti nama kolomnya, atau gunakan --map "Nama Kolom=field".',
    en: '{file}:{line}: required columns not found: {columns}. Columns present: {found}. Rename the columns, or use --map "Column Name=field".',
  },
  'import.error.mapSyntax': {
    id: '--map "{value}" tidak dapat dibaca. Tulis sebagai --map "Nama Kolom=field", misalnya --map "Nama Lengkap=name".',
    en: '--map "{value}" cannot be read. Write it as --map "Column Name=field", for example --map "Nama Lengkap=name".',
  },
  'import.error.mapUnknownField': {
    id: '--map "{value}": field "{field}" tidak dikenal. Field yang tersedia: {fields}.',
    en: '--map "{value}": unknown field "{field}". Available fields: {fields}.',
  },
  'import.error.mapColumnNotFound': {
    id: '--map: kolom "{column}" tidak ada di baris judul {file}:{line}. Kolom yang ada: {found}.',
    en: '--map: column "{column}" is not in the header row {file}:{line}. Columns present: {found}.',
  },
  'import.error.nipStoredAsNumber': {
    id: 'NIP disimpan sebagai angka sehingga digit terakhirnya hilang ({value}). Format kolom NIP sebagai Teks, lalu ketik ulang NIP-nya.',
    en: 'The NIP was stored as a number and lost its last digits ({value}). Format the NIP column as Text and re-enter the NIPs.',
  },
  'import.warning.unknownColumns': {
    id: 'Kolom yang tidak dikenal dan diabaikan: {columns}. Gunakan --map "Nama Kolom=field" bila perlu.',
    en: 'Unknown columns, ignored: {columns}. Use --map "Column Name=field" if needed.',
  },
  'import.warning.duplicateColumns': {
    id: 'Kolom ganda diabaikan (field-nya sudah diisi kolom sebelumnya): {columns}.',
    en: 'Duplicate columns ignored (an earlier column already gives their field): {columns}.',
  },

  // Validating and writing rows (SPEC §6)
  'import.row.required': {
    id: 'kosong, padahal wajib diisi. Isi sel ini.',
    en: 'empty, but it must be filled in. Fill in this cell.',
  },
  'import.row.duplicateNip': {
    id: 'NIP {nip} sudah ada di baris {first} file ini. Hapus salah satu baris.',
    en: 'NIP {nip} already appears on line {first} of this file. Remove one of the rows.',
  },
  'import.row.notInCohort': {
    id: 'Tidak ada peserta dengan NIP {nip} di angkatan {cohort}. Impor pesertanya dulu (proper import participants FILE --cohort {cohort}).',
    en: 'No participant with NIP {nip} in cohort {cohort}. Import the participants first (proper import participants FILE --cohort {cohort}).',
  },
  'import.row.lokusNotFound': {
    id: 'Lokus "{lokus}" tidak dikenal (kode atau nama). Tambahkan dulu dengan proper lokus add, atau perbaiki isinya.',
    en: 'Unknown lokus "{lokus}" (code or name). Add it first with proper lokus add, or correct the cell.',
  },
  'import.row.adoptionOutOfPlace': {
    id: 'Data adopsi hanya untuk proyek pada tahap adopsi (tahap baris ini: {stage}).',
    en: 'Adoption data belongs only to a project at the adoption stage (this row\'s stage: {stage}).',
  },
  'import.row.scoreOutOfPlace': {
    id: 'Nilai hanya untuk proyek yang sudah dipresentasikan (tahap presentasi atau adopsi; tahap baris ini: {stage}).',
    en: 'A score belongs only to a project that was presented (presentation or adoption stage; this row\'s stage: {stage}).',
  },
  'import.row.stageBack': {
    id: 'Proyek ini sudah di tahap {current}; impor tidak memundurkan tahap ke {stage}. Gunakan proper project move --to {stage} --reason ….',
    en: 'This project is already at the {current} stage; an import does not move it back to {stage}. Use proper project move --to {stage} --reason ….',
  },
  'import.error.invalidRows': {
    id: '{file}: {count} baris tidak valid, tidak ada yang disimpan. Perbaiki baris-baris di bawah, atau impor baris yang valid saja dengan --skip-invalid.',
    en: '{file}: invalid rows: {count}; nothing was written. Correct the rows below, or import only the valid rows with --skip-invalid.',
  },
  'import.error.dryRunInvalid': {
    id: '{file}: {count} baris tidak valid (uji coba, tidak ada yang disimpan).',
    en: '{file}: invalid rows: {count} (dry run, nothing was written).',
  },
  'import.error.andMore': {
    id: '… dan {count} lainnya',
    en: '… and {count} more',
  },
  'import.error.interrupted': {
    id: 'Impor {file} dihentikan (Ctrl-C); tidak ada yang disimpan: basis data tetap seperti sebelumnya.',
    en: 'Importing {file} was interrupted (Ctrl-C); nothing was saved: the database is as it was before.',
  },
  'import.error.writeFailed': {
    id: 'Impor {file} gagal saat menyimpan ({reason}); tidak ada yang disimpan. Coba lagi; jika berulang, jalankan proper doctor.',
    en: 'Importing {file} failed while writing ({reason}); nothing was written. Try again; if it recurs, run proper doctor.',
  },
  'import.error.rejectedUnwritable': {
    id: 'File baris yang ditolak {file} tidak dapat ditulis ({reason}). Pilih tempat lain dengan --rejected FILE.',
    en: 'The rejected-rows file {file} cannot be written ({reason}). Choose another place with --rejected FILE.',
  },
  'import.error.templateExists': {
    id: 'File {file} sudah ada. Pilih nama lain dengan --output, atau hapus file itu dulu.',
    en: 'File {file} already exists. Choose another name with --output, or remove that file first.',
  },
  'import.error.templateFormat': {
    id: 'Format templat "{format}" tidak dikenal. Gunakan csv atau xlsx.',
    en: 'Unknown template format "{format}". Use csv or xlsx.',
  },
  'import.error.templateKind': {
    id: 'Jenis templat "{kind}" tidak dikenal. Gunakan participants (peserta), projects (proyek) atau followups (pemantauan).',
    en: 'Unknown template kind "{kind}". Use participants (peserta), projects (proyek) or followups (pemantauan).',
  },
  'import.error.noRows': {
    id: '{file}: tidak ada baris data di bawah baris judul kolom (baris {line}). Periksa file atau --header-row.',
    en: '{file}: there are no data rows below the header row (line {line}). Check the file or --header-row.',
  },
  'import.error.headerRowNumber': {
    id: '--header-row "{value}" bukan nomor baris. Tulis nomor baris judul kolom, misalnya --header-row 4.',
    en: '--header-row "{value}" is not a line number. Give the line of the header row, for example --header-row 4.',
  },
  'import.rejected.reasonColumn': {
    id: 'Alasan Ditolak',
    en: 'Rejection Reason',
  },
  'import.project.reimportNote': {
    id: 'Diimpor dari {file}',
    en: 'Imported from {file}',
  },
  'import.summary.file': { id: 'File', en: 'File' },
  'import.summary.encoding': { id: 'Pengodean', en: 'Encoding' },
  'import.summary.delimiter': { id: 'Pemisah', en: 'Delimiter' },
  'import.summary.sheet': { id: 'Lembar', en: 'Sheet' },
  'import.summary.headerLine': { id: 'Baris judul kolom', en: 'Header line' },
  'import.summary.rows': { id: 'Baris data', en: 'Data rows' },
  'import.summary.counts': {
    id: '{added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah, {rejected} ditolak',
    en: '{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected',
  },
  'import.summary.done': {
    id: 'Impor {kind} ke angkatan {cohort} selesai.',
    en: 'Import of {kind} into cohort {cohort} done.',
  },
  'import.summary.dryRun': {
    id: 'Uji coba: tidak ada yang disimpan. Jalankan tanpa --dry-run untuk mengimpor.',
    en: 'Dry run: nothing was written. Run without --dry-run to import.',
  },
  'import.summary.rejectedFile': {
    id: '{count} baris ditolak ditulis ke {file} (dengan kolom alasan).',
    en: '{count} rejected rows written to {file} (with a reason column).',
  },
  'import.kind.participants': { id: 'peserta', en: 'participants' },
  'import.kind.projects': { id: 'proyek', en: 'projects' },
  'import.delimiter.tab': { id: 'tab', en: 'tab' },
  'import.progress.reading': {
    id: 'Membaca dan memeriksa: {rows} baris',
    en: 'Reading and checking: {rows} rows',
  },
  'import.progress.writing': {
    id: 'Menyimpan {rows} baris…',
    en: 'Writing {rows} rows…',
  },
  'import.template.written': {
    id: 'Templat {kind} ditulis ke {file}. Kirimkan ke instansi; baris contoh boleh dihapus.',
    en: 'Template for {kind} written to {file}. Send it to the agencies; the example row may be deleted.',
  },

  // Command-line help of `proper import`
  'cli.import.description': {
    id: 'impor daftar peserta atau proyek dari CSV atau Excel (.xlsx)',
    en: 'import participant or project lists from CSV or Excel (.xlsx)',
  },
  'cli.import.participants': {
    id: 'impor daftar peserta ke sebuah angkatan',
    en: 'import a participant list into a cohort',
  },
  'cli.import.projects': {
    id: 'impor proyek perubahan peserta sebuah angkatan',
    en: 'import the change projects of a cohort\'s participants',
  },
  'cli.import.template': {
    id: 'tulis templat kosong (judul kolom baku dan satu baris contoh)',
    en: 'write an empty template (canonical headers and one example row)',
  },
  'cli.import.arg.file': { id: 'file CSV atau .xlsx', en: 'CSV or .xlsx file' },
  'cli.import.arg.kind': { id: 'participants (peserta), projects (proyek) atau followups (pemantauan)', en: 'participants (peserta), projects (proyek) or followups (pemantauan)' },
  'cli.import.opt.cohort': { id: 'kode angkatan', en: 'cohort code' },
  'cli.import.opt.dryRun': { id: 'periksa dan tampilkan ringkasan tanpa menyimpan', en: 'check and show the summary without writing' },
  'cli.import.opt.skipInvalid': {
    id: 'impor baris yang valid; baris yang ditolak ditulis ke NAMA.rejected.csv',
    en: 'import the valid rows; rejected rows go to NAME.rejected.csv',
  },
  'cli.import.opt.rejected': { id: 'file untuk baris yang ditolak', en: 'file for the rejected rows' },
  'cli.import.opt.sheet': { id: 'lembar .xlsx yang dibaca (bawaan: yang pertama)', en: '.xlsx sheet to read (default: the first)' },
  'cli.import.opt.headerRow': { id: 'nomor baris judul kolom (bawaan: dicari otomatis)', en: 'line of the header row (default: found automatically)' },
  'cli.import.opt.map': { id: 'petakan kolom ke field, misalnya "Nama Lengkap=name" (boleh diulang)', en: 'map a column to a field, e.g. "Nama Lengkap=name" (repeatable)' },
  'cli.import.opt.format': { id: 'format templat: csv atau xlsx', en: 'template format: csv or xlsx' },
  'cli.import.opt.output': { id: 'file tujuan templat', en: 'file to write the template to' },
} satisfies Catalog;
