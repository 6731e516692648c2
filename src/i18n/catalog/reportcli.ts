import type { Catalog } from './types.js';

// The report commands (proper report cohort|lokus|summary) and the warnings of the cohort report.
export const reportCliMessages = {
  'cli.report.description': { id: 'laporan: akhir angkatan, lokus, rekapitulasi', en: 'reports: end of cohort, lokus, summary' },
  'cli.report.cohort': { id: 'laporan akhir angkatan', en: 'the end-of-cohort report' },
  'cli.report.lokus': {
    id: 'lokus benchmarking: angkatan yang berkunjung, proyek yang terinspirasi, berapa yang dipresentasikan dan diadopsi',
    en: 'benchmarking lokus: cohorts that visited, projects inspired, how many were presented and adopted',
  },
  'cli.report.summary': {
    id: 'rekapitulasi, satu baris per angkatan: peserta, tahapan proyek, adopsi, rata-rata nilai',
    en: 'summary, one row per cohort: participants, project stages, adoptions, mean score',
  },
  'cli.report.arg.code': { id: 'kode angkatan, misalnya pim4-xxii-2018', en: 'cohort code, for example pim4-xxii-2018' },
  'cli.report.opt.format': {
    id: 'format: table (bawaan), md, csv, json, html, xlsx (xlsx perlu --output)',
    en: 'format: table (default), md, csv, json, html, xlsx (xlsx needs --output)',
  },
  'cli.report.opt.output': { id: 'tulis laporan ke berkas ini, bukan ke layar', en: 'write the report to this file instead of the screen' },
  'cli.report.opt.top': { id: 'berapa proyek terbaik yang ditampilkan (bawaan 10)', en: 'how many top projects to list (default 10)' },
  'cli.report.opt.stallDays': {
    id: 'proyek dianggap tertahan setelah sekian hari di satu tahap (bawaan 60)',
    en: 'a project counts as stalled after this many days in one stage (default 60)',
  },
  'cli.report.written': { id: 'Laporan ({format}) ditulis ke {path}.', en: 'Report ({format}) written to {path}.' },

  'reportcli.error.unknownFormat': {
    id: 'format "{value}" tidak dikenal; pilih salah satu: {choices}.',
    en: 'unknown format "{value}"; choose one of: {choices}.',
  },
  'reportcli.error.formatConflict': {
    id: '--json dan --format {format} bertentangan; pakai salah satu saja.',
    en: '--json and --format {format} contradict each other; use only one.',
  },
  'reportcli.error.xlsxNeedsOutput': {
    id: 'format xlsx adalah berkas biner dan perlu --output, misalnya --output laporan.xlsx.',
    en: 'the xlsx format is a binary file and needs --output, for example --output report.xlsx.',
  },
  'reportcli.error.notCount': {
    id: '"{value}" bukan bilangan bulat {min} atau lebih; tulis misalnya {flag} {example}.',
    en: '"{value}" is not a whole number of {min} or more; write for example {flag} {example}.',
  },
  'reportcli.error.cannotWrite': {
    id: 'tidak dapat menulis {path} ({reason}). Periksa folder dan izinnya, atau pilih berkas lain dengan --output.',
    en: 'cannot write {path} ({reason}). Check the folder and its permissions, or choose another file with --output.',
  },

  'reportcli.warning.noProject': { id: 'Peserta belum memiliki {project_word}.', en: 'The participant has no {project_word} yet.' },
  'reportcli.warning.stalled': {
    id: 'Tertahan di tahap {stage} selama {days} hari (sejak {date}).',
    en: 'Stuck at the {stage} stage for {days} days (since {date}).',
  },
  'reportcli.warning.missingScore': {
    id: 'Sudah dipresentasikan tetapi nilainya belum dicatat.',
    en: 'Presented, but its score has not been recorded.',
  },
  // month names of the dates in warnings (a json report does not load date-fns)
  'reportcli.month.1': { id: 'Januari', en: 'January' },
  'reportcli.month.2': { id: 'Februari', en: 'February' },
  'reportcli.month.3': { id: 'Maret', en: 'March' },
  'reportcli.month.4': { id: 'April', en: 'April' },
  'reportcli.month.5': { id: 'Mei', en: 'May' },
  'reportcli.month.6': { id: 'Juni', en: 'June' },
  'reportcli.month.7': { id: 'Juli', en: 'July' },
  'reportcli.month.8': { id: 'Agustus', en: 'August' },
  'reportcli.month.9': { id: 'September', en: 'September' },
  'reportcli.month.10': { id: 'Oktober', en: 'October' },
  'reportcli.month.11': { id: 'November', en: 'November' },
  'reportcli.month.12': { id: 'Desember', en: 'December' },
} satisfies Catalog;
