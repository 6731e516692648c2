import type { Catalog } from './types.js';

// A project's milestones (jangka pendek, menengah, panjang) and their rating.
export const milestoneMessages = {
  'cli.milestone.description': { id: 'milestone proyek (jangka pendek, menengah, panjang) dan penilaiannya', en: 'a project\'s milestones (short, medium, long term) and their rating' },
  'cli.milestone.add': { id: 'tambah milestone ke proyek', en: 'add a milestone to a project' },
  'cli.milestone.list': { id: 'daftar milestone sebuah proyek', en: 'list a project\'s milestones' },
  'cli.milestone.rate': { id: 'nilai milestone: belum, kurang, sesuai, melampaui', en: 'rate a milestone: pending, below, met, exceeded' },
  'cli.milestone.remove': { id: 'hapus milestone', en: 'remove a milestone' },
  'cli.milestone.arg.project': { id: 'nomor (id) proyek, atau NIP peserta bersama --cohort', en: 'project id, or the participant\'s NIP with --cohort' },
  'cli.milestone.arg.id': { id: 'nomor (id) milestone', en: 'milestone id' },
  'cli.milestone.opt.horizon': { id: 'jangka: pendek, menengah, panjang (short, medium, long)', en: 'horizon: short, medium, long (pendek, menengah, panjang)' },
  'cli.milestone.opt.description': { id: 'uraian milestone', en: 'what the milestone is' },
  'cli.milestone.opt.targetDate': { id: 'tanggal target', en: 'target date' },
  'cli.milestone.opt.rating': { id: 'penilaian: belum, kurang, sesuai, melampaui (pending, below, met, exceeded)', en: 'rating: pending, below, met, exceeded (belum, kurang, sesuai, melampaui)' },
  'cli.milestone.opt.evidence': { id: 'bukti capaian, misalnya "SK Kepala Dinas No. 12/2018"', en: 'evidence, for example "SK Kepala Dinas No. 12/2018"' },
  'cli.milestone.added': { id: 'Milestone {id} ditambahkan ke proyek {project} (jangka {horizon}).', en: 'Milestone {id} added to project {project} ({horizon} term).' },
  'cli.milestone.rated': { id: 'Milestone {id} dinilai: {rating}.', en: 'Milestone {id} rated: {rating}.' },
  'cli.milestone.removed': { id: 'Milestone {id} dihapus.', en: 'Milestone {id} removed.' },
  'cli.milestone.none': { id: 'Proyek {project} belum punya milestone. Tambahkan dengan: proper milestone add {project} --horizon pendek --description "…" --target-date 2018-10-01', en: 'Project {project} has no milestones. Add one with: proper milestone add {project} --horizon short --description "…" --target-date 2018-10-01' },
  'cli.milestone.confirmRemove': { id: 'Hapus milestone {id} ("{description}")?', en: 'Remove milestone {id} ("{description}")?' },

  'milestone.field.project': { id: 'Proyek', en: 'Project' },
  'milestone.field.horizon': { id: 'Jangka', en: 'Horizon' },
  'milestone.field.description': { id: 'Uraian', en: 'Description' },
  'milestone.field.targetDate': { id: 'Target', en: 'Target date' },
  'milestone.field.rating': { id: 'Penilaian', en: 'Rating' },
  'milestone.field.evidence': { id: 'Bukti', en: 'Evidence' },
  'milestone.horizon.short': { id: 'pendek', en: 'short' },
  'milestone.horizon.medium': { id: 'menengah', en: 'medium' },
  'milestone.horizon.long': { id: 'panjang', en: 'long' },
  'milestone.rating.pending': { id: 'belum dinilai', en: 'pending' },
  'milestone.rating.below': { id: 'kurang', en: 'below target' },
  'milestone.rating.met': { id: 'sesuai', en: 'met' },
  'milestone.rating.exceeded': { id: 'melampaui', en: 'exceeded' },

  'milestone.notFound': { id: 'Milestone {id} tidak ditemukan. Lihat milestone proyek dengan: proper milestone list PROYEK', en: 'Milestone {id} not found. See a project\'s milestones with: proper milestone list PROJECT' },
  'milestone.descriptionEmpty': { id: 'uraian milestone tidak boleh kosong.', en: 'the milestone description cannot be empty.' },
} satisfies Catalog;
