import type { Catalog } from './types.js';

// Messages of SPEC §6 "Files as they really arrive": rows that are not data, formula cells, values
// repaired on reading, and the limits that bound an import's cost.
export const importFilesMessages = {
  'import.row.tooManyCells': {
    id: 'baris ini punya {cells} sel, padahal judul kolom hanya {header}. Biasanya ada koma di dalam nilai (misalnya "Budi Santoso, S.E.") yang tidak diapit tanda kutip; simpan ulang dari Excel sebagai CSV, atau apit nilainya dengan tanda kutip.',
    en: '{cells} cells where the header has {header}. Usually a value holds a comma (such as "Budi Santoso, S.E.") without quotes; save the file again from Excel as CSV, or put the value in quotes.',
  },
  'import.row.formulaError': {
    id: 'sel ini berisi rumus yang hasilnya galat {value}. Perbaiki rumusnya (atau ketik nilainya) di Excel, lalu impor lagi.',
    en: 'the cell holds a formula whose result is the error {value}. Fix the formula (or type the value) in Excel, then import again.',
  },
  'import.row.formulaNoValue': {
    id: 'sel ini berisi rumus yang belum pernah dihitung, jadi tidak ada nilai tersimpan. Buka file di Excel atau LibreOffice lalu simpan ulang, kemudian impor lagi.',
    en: 'the cell holds a formula that was never calculated, so no value was saved. Open the file in Excel or LibreOffice and save it again, then import again.',
  },
  'import.warning.footerSkipped': {
    id: 'baris penutup dilewati (bukan peserta): "{text}".',
    en: 'closing row passed over (not a participant): "{text}".',
  },
  'import.warning.hiddenRow': {
    id: 'baris ini disembunyikan di lembar kerja, tetapi tetap diimpor. Hapus barisnya bila memang tidak dipakai.',
    en: 'this row is hidden in the sheet but was imported. Delete the row if it is not meant to be used.',
  },
  'import.warning.phoneZeroRestored': {
    id: 'nomor {value} kehilangan angka 0 di depannya (sel angka Excel); disimpan sebagai {phone}.',
    en: 'number {value} had lost its leading 0 (an Excel number cell); stored as {phone}.',
  },
  'import.warning.excelSerialDate': {
    id: 'tanggal tertulis sebagai angka seri Excel {value}; dibaca sebagai {date}. Periksa tanggalnya.',
    en: 'the date is written as the Excel serial number {value}; read as {date}. Check the date.',
  },
  'import.limit.rows': {
    id: 'File {file} melewati batas {max} baris (baris {where}). Pecah daftarnya menjadi beberapa file.',
    en: 'File {file} passes the limit of {max} rows (row {where}). Split the list into several files.',
  },
  'import.limit.columns': {
    id: 'File {file} melewati batas {max} kolom (baris {where}). Hapus kolom yang tidak dipakai.',
    en: 'File {file} passes the limit of {max} columns (row {where}). Delete the columns that are not used.',
  },
  'import.limit.cellChars': {
    id: 'File {file} memuat sel yang melewati batas {max} karakter per sel (baris {where}). Periksa isi sel itu.',
    en: 'File {file} has a cell longer than the limit of {max} characters per cell (row {where}). Check that cell.',
  },
  'import.limit.sharedStringChars': {
    id: 'File {file} memuat teks lebih dari batas {max} karakter seluruhnya. Simpan hanya lembar daftar peserta ke buku kerja baru, lalu impor itu.',
    en: 'File {file} holds more text than the limit of {max} characters in all. Save only the list\'s sheet into a new workbook and import that.',
  },
  'import.limit.mergedRanges': {
    id: 'File {file} memuat lebih dari batas {max} rentang sel gabungan. Batalkan penggabungan sel (Unmerge), lalu impor lagi.',
    en: 'File {file} has more merged ranges than the limit of {max}. Unmerge the cells, then import again.',
  },
  'import.limit.recordChars': {
    id: 'File {file}: baris mulai baris {where} melewati batas {max} karakter per baris. Ini bukan daftar CSV yang wajar; periksa filenya.',
    en: 'File {file}: the record starting on line {where} passes the limit of {max} characters per record. This is not a sensible CSV list; check the file.',
  },
  'import.limit.legacyBytes': {
    id: 'File {file} melewati batas {max} bita untuk format .xls. Simpan ulang sebagai .xlsx atau CSV, lalu impor lagi.',
    en: 'File {file} passes the limit of {max} bytes for the .xls format. Save it again as .xlsx or CSV, then import again.',
  },
  'import.limit.odsContentBytes': {
    id: 'File {file} melewati batas {max} bita untuk format .ods (filenya, atau isi lembar kerjanya setelah dibuka). Simpan ulang sebagai .xlsx atau CSV, lalu impor lagi.',
    en: 'File {file} passes the limit of {max} bytes for the .ods format (the file, or its sheet content unpacked). Save it again as .xlsx or CSV, then import again.',
  },
  'import.limit.legacyCells': {
    id: 'File {file} memuat lebih dari batas {max} sel berisi (termasuk sel yang diulang). Simpan ulang sebagai .xlsx atau CSV, lalu impor lagi.',
    en: 'File {file} holds more than the limit of {max} filled cells (repeated cells counted). Save it again as .xlsx or CSV, then import again.',
  },
} satisfies Catalog;
