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
    id: 'Format file {file} tidak didukung ({ext}). Gunakan CSV (.csv, .tsv, .txt) atau Excel (.xlsx).',
    en: 'File {file} has an unsupported format ({ext}). Use CSV (.csv, .tsv, .txt) or Excel (.xlsx).',
  },
  'import.error.oldExcelFormat': {
    id: 'File {file} berformat Excel lama (.xls). Buka di Excel dan simpan ulang sebagai .xlsx atau CSV UTF-8.',
    en: 'File {file} is in the old Excel format (.xls). Open it in Excel and save it again as .xlsx or CSV UTF-8.',
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
} satisfies Catalog;
