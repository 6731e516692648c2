import type { Catalog } from './types.js';

// proper search, project similar, the similarity warnings and the originality report (SPEC §12).
export const searchMessages = {
  'cli.search.description': {
    id: 'cari proyek dan lokus: judul, inovasi, deskripsi, tonggak, pengadopsi, penghargaan',
    en: 'search projects and lokus: titles, innovations, descriptions, milestones, adopters, awards',
  },
  'cli.search.arg.query': {
    id: 'kata yang dicari; semua kata harus ada, juga di dalam kata lain ("surat" menemukan "persuratan")',
    en: 'the words to find; every word must be there, also inside longer words ("surat" finds "persuratan")',
  },
  'cli.search.opt.in': { id: 'cari di: projects, lokus atau all (bawaan: all)', en: 'where to search: projects, lokus or all (default: all)' },
  'cli.search.opt.program': { id: 'hanya proyek program ini (lokus tidak ikut)', en: 'only projects of this program (leaves lokus out)' },
  'cli.search.opt.year': { id: 'hanya proyek angkatan tahun ini (lokus tidak ikut)', en: 'only projects of cohorts of this year (leaves lokus out)' },
  'cli.search.opt.stage': { id: 'hanya proyek pada tahap ini (lokus tidak ikut)', en: 'only projects at this stage (leaves lokus out)' },
  'cli.search.opt.limit': { id: 'paling banyak sekian hasil (bawaan: 20)', en: 'at most this many results (default: 20)' },
  'cli.search.col.id': { id: 'ID', en: 'Id' },
  'cli.search.col.kind': { id: 'Jenis', en: 'Kind' },
  'cli.search.col.where': { id: 'Angkatan / kode', en: 'Cohort / code' },
  'cli.search.col.title': { id: 'Judul / nama', en: 'Title / name' },
  'cli.search.col.found': { id: 'Ditemukan', en: 'Found' },
  'cli.search.kind.project': { id: 'proyek', en: 'project' },
  'cli.search.kind.lokus': { id: 'lokus', en: 'lokus' },
  'cli.search.none': {
    id: 'Tidak ada proyek atau lokus yang memuat "{query}". Coba kata yang lebih sedikit atau lebih pendek.',
    en: 'No project or lokus holds "{query}". Try fewer or shorter words.',
  },
  'search.empty': {
    id: 'Kata pencarian "{query}" tidak memuat huruf atau angka. Contoh: proper cari surat',
    en: 'The search "{query}" holds no letter or digit. Example: proper search surat',
  },
  'search.error.scope': {
    id: '--in "{value}" tidak dikenal. Pilihan: {choices}.',
    en: '--in "{value}" is not known. Choices: {choices}.',
  },
  'search.error.projectId': {
    id: '"{value}" bukan nomor ID proyek. Lihat ID dengan: proper project list',
    en: '"{value}" is not a project id. See the ids with: proper project list',
  },
  'search.error.noProject': {
    id: 'Tidak ada proyek dengan ID {id}. Lihat ID dengan: proper project list',
    en: 'There is no project with id {id}. See the ids with: proper project list',
  },
  'cli.project.similar': {
    id: 'proyek angkatan lain yang paling mirip (judul, nama inovasi, deskripsi), 0–1',
    en: 'the projects of other cohorts most like this one (title, innovation name, description), 0–1',
  },
  'cli.project.arg.similarId': { id: 'nomor ID proyek', en: 'the project\'s id' },
  'cli.project.opt.similarLimit': { id: 'paling banyak sekian proyek (bawaan: 10)', en: 'at most this many projects (default: 10)' },
  'cli.similar.col.similarity': { id: 'Kemiripan', en: 'Similarity' },
  'cli.similar.col.cohort': { id: 'Angkatan', en: 'Cohort' },
  'cli.similar.col.stage': { id: 'Tahap', en: 'Stage' },
  'cli.similar.none': {
    id: 'Tidak ada proyek angkatan lain yang mirip dengan proyek {id}.',
    en: 'No project of another cohort resembles project {id}.',
  },
  'cli.similar.warn': {
    id: 'Mirip ({similarity}) dengan proyek {id} angkatan {cohort}: "{title}" (tahap {stage}). Bandingkan: proper project similar {subject}',
    en: 'Similar ({similarity}) to project {id} of cohort {cohort}: "{title}" (stage {stage}). Compare: proper project similar {subject}',
  },
  'cli.similar.warnLine': {
    id: 'Baris {line}: mirip ({similarity}) dengan proyek {id} angkatan {cohort}: "{title}" (tahap {stage}).',
    en: 'Line {line}: similar ({similarity}) to project {id} of cohort {cohort}: "{title}" (stage {stage}).',
  },
  'config.meaning.similarityWarn': {
    id: 'project add dan import projects memperingatkan bila kemiripan dengan proyek angkatan lain ≥ {value}',
    en: 'project add and import projects warn when a project resembles one of another cohort at {value} or more',
  },
  'cli.report.originality': {
    id: 'orisinalitas: tiap proyek angkatan dengan tiga proyek angkatan sebelumnya yang paling mirip',
    en: 'originality: each project of the cohort with the three most similar projects of earlier cohorts',
  },
  'report.originality.title': { id: 'Laporan Orisinalitas Proyek', en: 'Project Originality Report' },
  'report.originality.explain': {
    id: 'Tiap proyek dengan paling banyak tiga proyek angkatan sebelumnya yang paling mirip (judul, nama inovasi, deskripsi; 100% = kata yang sama).',
    en: 'Each project with at most three of the most similar projects of earlier cohorts (title, innovation name, description; 100% = the same words).',
  },
  'report.originality.match': { id: '{similarity} · {cohort} · {title} ({stage} · ID {id})', en: '{similarity} · {cohort} · {title} ({stage} · id {id})' },
  'report.originality.none': { id: 'tidak ada yang mirip', en: 'nothing similar' },
  'report.section.originality': { id: 'Proyek dan kemiripannya dengan proyek terdahulu', en: 'Projects and their likeness to earlier ones' },
  'report.field.highest_similarity': { id: 'Kemiripan tertinggi', en: 'Highest similarity' },
  'report.field.similar_earlier': { id: 'Proyek terdahulu yang mirip', en: 'Similar earlier projects' },
  'doctor.search_index': {
    id: 'Indeks pencarian {table} tidak sesuai dengan data: {missing} baris belum terindeks, {extra} baris tanpa data asal, pemeriksaan FTS5: {integrity}. Data itu sendiri tidak terpengaruh, tetapi hasil proper cari bisa keliru; pulihkan dari cadangan terakhir.',
    en: 'The search index {table} does not match the data: {missing} rows not indexed, {extra} rows without their source, FTS5 check: {integrity}. The data itself is unharmed, but proper search may mislead; restore the latest backup.',
  },
  'domain.similarity.warn': {
    id: 'Nilai "{value}" untuk similarity.warn harus angka dari 0 sampai 1, misalnya 0,6.',
    en: 'The value "{value}" of similarity.warn must be a number from 0 to 1, for example 0.6.',
  },
} satisfies Catalog;
