// A realistic end-of-angkatan report model: Diklat PIM IV Kemnaker, Angkatan XXII, 2018, with its
// benchmarking visit to Surabaya (DOMAIN.md) and projects at every stage.
import type { CohortReport, ReportProject } from '../../../src/report/cohort-model.js';
import type { LokusReport } from '../../../src/report/lokus-model.js';
import type { SummaryReport } from '../../../src/report/summary-model.js';

const LOKUS_NAMES: Record<string, string> = {
  'sby-dpmptsp': 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)',
  'sby-dispendukcapil': 'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya',
};
let nextId = 1;
const project = (p: Partial<ReportProject> & Pick<ReportProject, 'nip' | 'name' | 'title' | 'stage' | 'stage_date'>): ReportProject => ({
  id: nextId++,
  innovation_name: null,
  score: null,
  predicate: null,
  adopted_by: [],
  adoption_kind: null,
  adoption_kinds: p.adoption_kind ? [p.adoption_kind] : [],
  award: null,
  inspired_by_lokus: null,
  inspired_by_lokus_name: p.inspired_by_lokus ? (LOKUS_NAMES[p.inspired_by_lokus] ?? null) : null,
  ...p,
});

export const andi = project({
  nip: '197805122005011002',
  name: 'Andi Pratama',
  title: 'Sistem Antrean Daring Layanan Kartu Pencari Kerja',
  innovation_name: 'SIAP-Kerja',
  stage: 'adoption',
  stage_date: '2019-03-20',
  score: 92.5,
  predicate: 'Sangat Memuaskan',
  adopted_by: ['Disnaker Kota Bekasi', 'Disnaker Kabupaten Bogor'],
  adoption_kind: 'replicated',
  award: 'KIPP 2019 Top 99',
  inspired_by_lokus: 'sby-dpmptsp',
});

export const siti = project({
  nip: '198103152006042001',
  name: 'Siti Rahmawati',
  title: 'Digitalisasi Surat Masuk dan Keluar Biro Umum',
  innovation_name: 'Si-Surat',
  stage: 'presentation',
  stage_date: '2018-10-04',
  score: 85,
  predicate: 'Memuaskan',
  inspired_by_lokus: 'sby-dispendukcapil',
});

export const budi = project({
  nip: '197911202003121003',
  name: 'Budi Santoso',
  title: 'Verifikasi Daring Izin Lembaga Pelatihan Kerja',
  innovation_name: 'Verolin',
  stage: 'presentation',
  stage_date: '2018-10-05',
  inspired_by_lokus: 'sby-dpmptsp',
});

export const dewi = project({
  nip: '198507302010122002',
  name: 'Dewi Lestari',
  title: 'Layanan Pengaduan Daring Pekerja Migran',
  innovation_name: 'e-Wadul PMI',
  stage: 'implementation',
  stage_date: '2018-08-27',
});

export const rudi = project({
  nip: '198208082008011004',
  name: 'Rudi Hartono',
  title: 'Pemetaan Kompetensi Instruktur BLK',
  stage: 'idea',
  stage_date: '2018-07-23',
});

export const nur = project({
  nip: '198612122011012003',
  name: 'Nur Aini',
  title: 'Dasbor Kinerja Unit Penempatan Tenaga Kerja',
  innovation_name: 'DasKin',
  stage: 'design',
  stage_date: '2018-08-10',
});

export const yohana = project({
  nip: '198404042009012005',
  name: 'Yohana Simanjuntak',
  title: 'Klinik Konsultasi Hubungan Industrial Keliling',
  innovation_name: 'KliniK-HI',
  stage: 'dropped',
  stage_date: '2018-09-14',
});

export function cohortModel(): CohortReport {
  const projects = [andi, budi, dewi, nur, rudi, siti, yohana];
  return {
    cohort: {
      code: 'pim4-xxii-2018',
      program: 'pim4',
      number: 22,
      number_roman: 'XXII',
      year: 2018,
      organizer: 'Pusdiklat Kementerian Ketenagakerjaan',
      start_date: '2018-07-16',
      end_date: '2018-10-26',
      place: 'Pusdiklat Kemnaker, Jakarta',
    },
    participants: {
      total: 8,
      by_gender: { male: 4, female: 4, unknown: 0 },
      by_agency: [
        { agency: 'Kementerian Ketenagakerjaan', count: 4 },
        { agency: 'BNP2TKI', count: 2 },
        { agency: 'Disnakertrans Provinsi Jawa Timur', count: 2 },
      ],
      by_grade: [
        { grade: 'III/b', count: 2 },
        { grade: 'III/c', count: 3 },
        { grade: 'III/d', count: 3 },
      ],
      by_status: { active: 5, passed: 2, failed: 1, withdrawn: 1 },
    },
    visits: [
      {
        date: '2018-08-15',
        lokus: { code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)' },
        groups: ['1', '2'],
        companion: 'Dr. Sri Wahyuni, M.Si.',
      },
      {
        date: '2018-08-15',
        lokus: { code: 'sby-dispendukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya' },
        groups: ['3'],
        companion: 'Drs. Bambang Irawan',
      },
    ],
    pipeline: { idea: 1, design: 1, implementation: 1, presentation: 2, adoption: 1, dropped: 1 },
    projects,
    milestones: { total: 21, pending: 6, below: 3, met: 9, exceeded: 3 },
    adopted: [andi],
    awarded: [andi],
    top_projects: [andi, siti],
    warnings: [
      {
        kind: 'no_project',
        nip: '198001012005011005',
        name: 'Agus Wijaya',
        message: 'Peserta belum memiliki proyek perubahan.',
      },
      {
        kind: 'stalled',
        nip: dewi.nip,
        name: dewi.name,
        message: 'Tertahan di tahap implementasi selama 65 hari (sejak 27 Agustus 2018).',
      },
      {
        kind: 'missing_score',
        nip: budi.nip,
        name: budi.name,
        message: 'Sudah dipresentasikan tetapi nilainya belum dicatat.',
      },
    ],
    as_of: '2018-10-31',
    signatory: null,
    generated_at: '2018-10-31T02:30:00Z',
  };
}

export function lokusModel(): LokusReport {
  return [
    {
      code: 'sby-dpmptsp',
      name: 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)',
      city: 'Surabaya',
      visits: 2,
      cohorts: ['pim4-xxii-2018', 'pim4-xxiii-2018'],
      groups_sent: 3,
      participants_sent: 52,
      projects_inspired: 9,
      reached_presentation: 6,
      adopted: 3,
      projects: [
        { id: 1, cohort: 'pim4-xxii-2018', nip: andi.nip, title: andi.title, innovation_name: andi.innovation_name, stage: 'adoption' },
        { id: 3, cohort: 'pim4-xxii-2018', nip: budi.nip, title: budi.title, innovation_name: budi.innovation_name, stage: 'presentation' },
      ],
    },
    {
      code: 'sby-dispendukcapil',
      name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya',
      city: 'Surabaya',
      visits: 1,
      cohorts: ['pim4-xxii-2018'],
      groups_sent: 1,
      participants_sent: 18,
      projects_inspired: 4,
      reached_presentation: 2,
      adopted: 0,
      projects: [],
    },
    {
      code: 'sby-dkrth',
      name: 'Dinas Kebersihan dan Ruang Terbuka Hijau Kota Surabaya',
      city: 'Surabaya',
      visits: 1,
      cohorts: ['pim4-xxiii-2018'],
      groups_sent: 1,
      participants_sent: 20,
      projects_inspired: 0,
      reached_presentation: 0,
      adopted: 0,
      projects: [],
    },
  ];
}

export function summaryModel(): SummaryReport {
  return [
    {
      code: 'pim4-xxii-2018',
      program: 'pim4',
      year: 2018,
      participants: 8,
      by_status: { active: 5, passed: 2, failed: 1, withdrawn: 1 },
      pipeline: { idea: 1, design: 1, implementation: 1, presentation: 2, adoption: 1, dropped: 1 },
      adopted: 1,
      mean_score: 88.8,
    },
    {
      code: 'pim4-xxiii-2018',
      program: 'pim4',
      year: 2018,
      participants: 40,
      by_status: { active: 0, passed: 38, failed: 1, withdrawn: 1 },
      pipeline: { idea: 0, design: 2, implementation: 5, presentation: 25, adoption: 6, dropped: 2 },
      adopted: 6,
      mean_score: 81.4,
    },
    {
      code: 'pkp-iii-2024',
      program: 'pkp',
      year: 2024,
      participants: 36,
      by_status: { active: 36, passed: 0, failed: 0, withdrawn: 0 },
      pipeline: { idea: 30, design: 6, implementation: 0, presentation: 0, adoption: 0, dropped: 0 },
      adopted: 0,
      mean_score: null,
    },
  ];
}
