import type { Catalog } from './types.js';

// Settings kept in the database: qualification bands and pass marks per program.
export const configMessages = {
  'cli.config.description': { id: 'pengaturan: batas predikat dan batas lulus per program', en: 'settings: qualification bands and pass marks per program' },
  'cli.config.list': { id: 'semua pengaturan', en: 'all settings' },
  'cli.config.get': { id: 'nilai satu pengaturan', en: 'one setting\'s value' },
  'cli.config.set': { id: 'ubah satu pengaturan', en: 'change one setting' },
  'cli.config.arg.key': { id: 'kunci: bands.PROGRAM atau pass_mark.PROGRAM, misalnya bands.pkp', en: 'key: bands.PROGRAM or pass_mark.PROGRAM, for example bands.pkp' },
  'cli.config.arg.value': { id: 'nilai baru: bands empat batas menurun ("90,80,70,60"), pass_mark 0–100', en: 'new value: bands as four descending bounds ("90,80,70,60"), pass_mark 0–100' },
  'cli.config.set.done': { id: '{key} diubah: {previous} → {value}.', en: '{key} changed: {previous} → {value}.' },
  'cli.config.set.bandsNote': {
    id: 'Nilai yang dicatat sesudah ini memakai batas baru; predikat yang sudah tercatat tidak berubah.',
    en: 'Scores recorded from now on use the new bands; qualifications already recorded stay as they are.',
  },
  'config.field.key': { id: 'Kunci', en: 'Key' },
  'config.field.value': { id: 'Nilai', en: 'Value' },
  'config.field.meaning': { id: 'Arti', en: 'Meaning' },
  'config.meaning.bands': {
    id: 'Sangat Memuaskan > {a}, Memuaskan > {b}, Cukup Memuaskan > {c}, Kurang Memuaskan > {d}',
    en: 'Sangat Memuaskan > {a}, Memuaskan > {b}, Cukup Memuaskan > {c}, Kurang Memuaskan > {d}',
  },
  'config.meaning.passMark': { id: 'lulus bila nilai ≥ {value}', en: 'passes with a score ≥ {value}' },
  'config.unknownKey': {
    id: 'Pengaturan "{key}" tidak dikenal. Kunci yang dikenal: {known}.',
    en: 'Unknown setting "{key}". Known keys: {known}.',
  },
  'config.bandsMissing': {
    id: 'Pengaturan {key} tidak ada. Isi dengan: proper config set {key} 90,80,70,60',
    en: 'Setting {key} is missing. Set it with: proper config set {key} 90,80,70,60',
  },
} satisfies Catalog;
