import type { Catalog } from './types.js';

export const visitMessages = {
  'cli.visit.description': { id: 'kunjungan benchmarking angkatan ke lokus', en: 'a cohort\'s benchmarking visits to lokus' },
  'cli.visit.add': { id: 'catat kunjungan', en: 'record a visit' },
  'cli.visit.list': { id: 'daftar kunjungan', en: 'list visits' },
  'cli.visit.remove': { id: 'hapus kunjungan', en: 'remove a visit' },
  'cli.visit.arg.id': { id: 'nomor ID kunjungan (lihat proper visit list)', en: 'visit id (see proper visit list)' },
  'cli.visit.opt.cohort': { id: 'kode angkatan yang berkunjung', en: 'code of the visiting cohort' },
  'cli.visit.opt.lokus': { id: 'kode atau ID lokus yang dikunjungi', en: 'code or id of the lokus visited' },
  'cli.visit.opt.date': { id: 'tanggal kunjungan (tidak boleh di masa depan)', en: 'date of the visit (not in the future)' },
  'cli.visit.opt.group': { id: 'kelompok yang dikirim (ulangi untuk beberapa)', en: 'group sent there (repeat for several)' },
  'cli.visit.opt.companion': { id: 'pendamping (widyaiswara)', en: 'companion (widyaiswara)' },
  'cli.visit.filter.lokus': { id: 'hanya lokus ini (kode atau ID)', en: 'only this lokus (code or id)' },
  'cli.visit.added': { id: 'Kunjungan {id} dicatat: angkatan {cohort} ke {lokus} pada {date}.', en: 'Visit {id} recorded: cohort {cohort} to {lokus} on {date}.' },
  'cli.visit.removed': { id: 'Kunjungan {id} ({cohort} ke {lokus}, {date}) dihapus.', en: 'Visit {id} ({cohort} to {lokus}, {date}) removed.' },
  'cli.visit.none': { id: 'Belum ada kunjungan. Catat dengan: proper visit add --cohort KODE --lokus LOKUS --date TANGGAL --group 1', en: 'No visits yet. Record one with: proper visit add --cohort CODE --lokus LOKUS --date DATE --group 1' },
  'cli.visit.confirmRemove': { id: 'Hapus kunjungan {id}?', en: 'Remove visit {id}?' },

  'visit.notFound': { id: 'Kunjungan {id} tidak ditemukan. Lihat daftarnya dengan: proper visit list', en: 'Visit {id} not found. See the list with: proper visit list' },
  'visit.invalidId': { id: 'ID kunjungan "{value}" tidak sah: tulis angkanya, misalnya 3 (lihat proper visit list).', en: 'visit id "{value}" is not valid: write its number, for example 3 (see proper visit list).' },
  'visit.exists': { id: 'Kunjungan angkatan {cohort} ke {lokus} pada {date} sudah tercatat (ID {id}).', en: 'A visit of cohort {cohort} to {lokus} on {date} is already recorded (id {id}).' },
  'visit.groupEmpty': { id: 'nama kelompok tidak boleh kosong.', en: 'a group name may not be empty.' },

  'visit.field.id': { id: 'ID', en: 'ID' },
  'visit.field.cohort': { id: 'Angkatan', en: 'Cohort' },
  'visit.field.lokus': { id: 'Lokus', en: 'Lokus' },
  'visit.field.date': { id: 'Tanggal', en: 'Date' },
  'visit.field.groups': { id: 'Kelompok', en: 'Groups' },
  'visit.field.companion': { id: 'Pendamping', en: 'Companion' },
} satisfies Catalog;
