// Messages of the rules gathered into src/domain by issue 10: the text gate (text.ts: control
// characters, lengths, codes, years) and the NIP's birth date.
import type { Catalog } from './types.js';

export const textMessages = {
  'domain.text.control': {
    id: 'memuat karakter kendali {character} (di posisi {position}); hapus karakter itu lalu ulangi.',
    en: 'holds the control character {character} (at position {position}); remove it and try again.',
  },
  'domain.text.too_long': {
    id: 'terlalu panjang: {length} karakter, paling banyak {max}.',
    en: 'is too long: {length} characters, at most {max}.',
  },
  'domain.code.invalid': {
    id: 'kode "{code}" tidak sah pada karakter {character}: pakai hanya huruf A–Z, angka 0–9, titik, garis bawah atau tanda hubung, diawali huruf atau angka (misalnya pkp-xxii-2024).',
    en: 'code "{code}" is not valid at the character {character}: use only the letters A–Z, digits 0–9, dots, underscores or hyphens, starting with a letter or digit (for example pkp-xxii-2024).',
  },
  'domain.year.invalid': {
    id: 'tahun "{value}" tidak sah; tulis empat angka, misalnya 2024.',
    en: 'year "{value}" is not valid; write four digits, for example 2024.',
  },
  'participant.nameRequired': {
    id: 'nama peserta baru wajib diisi. Berikan {flag} NAMA.',
    en: 'a new participant needs a name. Pass {flag} NAME.',
  },
  'domain.nip.birth_date_mismatch': {
    id: 'tanggal lahir {value} tidak cocok dengan NIP {nip}, yang menyebut {date}. Perbaiki tanggal lahir atau NIP-nya.',
    en: 'birth date {value} does not agree with NIP {nip}, which says {date}. Correct the birth date or the NIP.',
  },
} satisfies Catalog;
