import type { Catalog } from './types.js';

export const demoMessages = {
  'cli.demo.description': {
    id: 'muat data contoh ke basis data sementara (atau --db) dan cetak laporan akhir angkatan contoh',
    en: 'load the demo data into a temporary database (or --db) and print the end-of-angkatan report of a demo cohort',
  },
  'cli.demo.opt.format': { id: 'format laporan: table, md, csv, json, html', en: 'report format: table, md, csv, json, html' },
  'cli.demo.badFormat': { id: 'format "{format}" tidak bisa untuk demo; pilih table, md, csv, json atau html.', en: 'format "{format}" cannot be used for the demo; choose table, md, csv, json or html.' },
  'cli.demo.kept': { id: 'Data contoh disimpan di {path}. Coba: proper --db {path} angkatan list', en: 'The demo data is kept in {path}. Try: proper --db {path} cohort list' },
  'cli.demo.temporary': {
    id: 'Data contoh dimuat ke basis data sementara yang sudah dihapus lagi. Untuk menyimpannya: proper --db coba.db demo',
    en: 'The demo data was loaded into a temporary database, now removed. To keep it: proper --db try.db demo',
  },
} satisfies Catalog;
