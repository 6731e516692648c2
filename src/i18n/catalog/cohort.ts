import type { Catalog } from './types.js';

export const cohortMessages = {
  'cli.cohort.description': { id: 'angkatan pelatihan', en: 'training cohorts (angkatan)' },
  'cli.cohort.add': { id: 'tambah angkatan', en: 'add a cohort' },
  'cli.cohort.list': { id: 'daftar angkatan', en: 'list cohorts' },
  'cli.cohort.show': { id: 'tampilkan satu angkatan', en: 'show one cohort' },
  'cli.cohort.edit': { id: 'ubah data angkatan', en: 'change a cohort' },
  'cli.cohort.remove': { id: 'hapus angkatan', en: 'remove a cohort' },
  'cli.cohort.arg.code': { id: 'kode singkat angkatan, misalnya pim4-xxii-2018', en: 'short cohort code, for example pim4-xxii-2018' },
  'cli.cohort.opt.program': { id: 'program: pim2, pim3, pim4, pkn2, pka, pkp, latsar, other (atau "PIM IV", "PKP" …)', en: 'program: pim2, pim3, pim4, pkn2, pka, pkp, latsar, other (or "PIM IV", "PKP" …)' },
  'cli.cohort.opt.number': { id: 'nomor angkatan: 22 atau XXII', en: 'cohort number: 22 or XXII' },
  'cli.cohort.opt.year': { id: 'tahun', en: 'year' },
  'cli.cohort.opt.organizer': { id: 'penyelenggara, misalnya "BPSDM Provinsi Sumatera Utara"', en: 'organiser, for example "BPSDM Provinsi Sumatera Utara"' },
  'cli.cohort.opt.startDate': { id: 'tanggal mulai (YYYY-MM-DD atau 15/08/2018)', en: 'start date (YYYY-MM-DD or 15/08/2018)' },
  'cli.cohort.opt.endDate': { id: 'tanggal selesai', en: 'end date' },
  'cli.cohort.opt.place': { id: 'tempat pelatihan', en: 'place of the training' },
  'cli.cohort.opt.code': { id: 'kode baru', en: 'new code' },
  'cli.cohort.opt.force': { id: 'hapus juga peserta, proyek dan kunjungan di angkatan ini', en: 'also remove the participants\' enrolments, projects and visits of this cohort' },
  'cli.cohort.added': { id: 'Angkatan {code} ditambahkan.', en: 'Cohort {code} added.' },
  'cli.cohort.edited': { id: 'Angkatan {code} diubah.', en: 'Cohort {code} changed.' },
  'cli.cohort.removed': {
    id: 'Angkatan {code} dihapus (bersama {participants} peserta terdaftar, {projects} proyek, {visits} kunjungan).',
    en: 'Cohort {code} removed (with {participants} enrolments, {projects} projects, {visits} visits).',
  },
  'cli.cohort.none': { id: 'Belum ada angkatan. Tambahkan dengan: proper cohort add KODE --program pkp --number 1 --year 2024', en: 'No cohorts yet. Add one with: proper cohort add CODE --program pkp --number 1 --year 2024' },
  'cli.cohort.confirmRemove': { id: 'Hapus angkatan {code}?', en: 'Remove cohort {code}?' },

  'cohort.notFound': { id: 'Angkatan "{code}" tidak ditemukan. Lihat daftarnya dengan: proper cohort list', en: 'Cohort "{code}" not found. See the list with: proper cohort list' },
  'cohort.exists': { id: 'Angkatan "{code}" sudah ada. Pilih kode lain atau ubah dengan: proper cohort edit {code}', en: 'Cohort "{code}" already exists. Choose another code or change it with: proper cohort edit {code}' },
  'cohort.invalidYear': { id: 'tahun "{value}" tidak sah; tulis empat angka, misalnya 2024.', en: 'year "{value}" is not valid; write four digits, for example 2024.' },
  'cohort.invalidCode': {
    id: 'Kode angkatan "{code}" tidak sah: pakai huruf, angka, titik, garis bawah atau tanda hubung (maks. 64), misalnya pkp-xxii-2024.',
    en: 'Cohort code "{code}" is not valid: use letters, digits, dots, underscores or hyphens (at most 64), for example pkp-xxii-2024.',
  },
  'cohort.endBeforeStart': { id: 'tanggal selesai {end} sebelum tanggal mulai {start}.', en: 'end date {end} is before start date {start}.' },
  'cohort.notEmpty': {
    id: 'Angkatan {code} masih berisi {participants} peserta, {projects} proyek dan {visits} kunjungan. Tambahkan --force untuk menghapus semuanya.',
    en: 'Cohort {code} still holds {participants} enrolments, {projects} projects and {visits} visits. Add --force to remove them all.',
  },
} satisfies Catalog;
