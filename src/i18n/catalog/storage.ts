import type { Catalog } from './types.js';

// The database as a file and the files proper writes: missing, forbidden, full, refused.
export const storageMessages = {
  'storage.missing': {
    id: 'Basis data {path} belum ada; perintah ini hanya membaca dan tidak membuatnya. Mulai dengan: proper init (atau pilih berkas lain dengan --db).',
    en: 'The database {path} does not exist; this command only reads and does not create it. Start with: proper init (or choose another file with --db).',
  },
  'storage.noRead': {
    id: 'Tidak ada izin membaca {path}. Periksa hak akses berkas dan foldernya (ls -l), atau pilih berkas lain.',
    en: 'No permission to read {path}. Check the permissions of the file and its folder (ls -l), or choose another file.',
  },
  'storage.noWrite': {
    id: 'Tidak ada izin menulis {path}. Periksa hak akses berkas dan foldernya (ls -l), atau pilih berkas lain.',
    en: 'No permission to write {path}. Check the permissions of the file and its folder (ls -l), or choose another file.',
  },
  'storage.folderNotWritable': {
    id: 'Folder {folder} tidak dapat ditulis: SQLite perlu membuat {path}-wal dan {path}-shm di sana untuk membuka basis data ini. Beri izin tulis pada folder itu, atau salin berkasnya ke folder yang dapat ditulis.',
    en: 'The folder {folder} is not writable: SQLite needs to create {path}-wal and {path}-shm there to open this database. Give write permission on that folder, or copy the file to a writable folder.',
  },
  'storage.noWriteFolder': {
    id: 'Tidak ada izin menulis di folder {folder} (untuk {path}). Periksa hak aksesnya (ls -ld), atau pilih folder lain.',
    en: 'No permission to write in the folder {folder} (for {path}). Check its permissions (ls -ld), or choose another folder.',
  },
  'storage.diskFull': {
    id: 'Disk penuh saat menulis {path}; tidak ada yang setengah tertulis. Kosongkan ruang disk lalu coba lagi.',
    en: 'The disk is full while writing {path}; nothing was left half-written. Free some disk space and try again.',
  },
  'storage.io': {
    id: 'Kesalahan masukan/keluaran pada {path} ({code}). Periksa disknya, lalu coba lagi; jalankan proper doctor bila terus terjadi.',
    en: 'Input/output error on {path} ({code}). Check the disk and try again; run proper doctor if it keeps happening.',
  },
  'storage.output.isDatabase': {
    id: '{path} adalah basis data (atau berkas -wal/-shm-nya); proper tidak menimpanya. Pilih nama berkas lain.',
    en: '{path} is the database (or its -wal/-shm file); proper will not overwrite it. Choose another file name.',
  },
  'storage.output.isInput': {
    id: '{path} adalah berkas yang sedang diimpor; proper tidak menimpanya. Pilih nama berkas lain.',
    en: '{path} is the file being imported; proper will not overwrite it. Choose another file name.',
  },
  'storage.output.notRegular': {
    id: '{path} bukan berkas biasa (melainkan folder, perangkat, atau pipa); proper hanya menulis ke berkas biasa. Pilih nama berkas lain.',
    en: '{path} is not a regular file (it is a folder, a device or a pipe); proper writes only regular files. Choose another file name.',
  },
  'storage.output.folderMissing': {
    id: 'Folder {folder} untuk {path} tidak ada. Buat foldernya dulu atau pilih jalur lain.',
    en: 'The folder {folder} for {path} does not exist. Create it first or choose another path.',
  },
  'storage.stdoutFull': {
    id: 'Keluaran tidak dapat ditulis lagi (disk penuh); hasilnya tidak lengkap.',
    en: 'The output could not be written any more (disk full); the result is incomplete.',
  },
} satisfies Catalog;
