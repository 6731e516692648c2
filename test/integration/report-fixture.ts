// A small but complete history, written with plain SQL into a real proper database: Diklat PIM IV
// Kemnaker Angkatan XXII 2018 (nine enrolments, a project at every stage, two benchmarking visits),
// PKP Angkatan I 2019 (three enrolments, one a person of the first cohort) and an empty PIM III
// cohort. The report tests check every figure against the numbers worked out in the comments.
import type { Db } from '../../src/db/open.js';

/** The day the report is made: Dewi has then stood 65 days in implementation, Rudi 60 in idea. */
export const TODAY = '2018-10-31';

export const NIP = {
  andi: '197805122005011002',
  siti: '198103152006042001',
  budi: '197911202003121003',
  dewi: '198507302010122002',
  rudi: '198208082008011004',
  nur: '198612122011012003',
  yohana: '198404042009012005',
  agus: '198001012005011005',
  wati: '198702022012012001',
  eko: '198905052014011001',
  fitri: '199001012015012002',
} as const;

export function seedReportFixture(db: Db): void {
  db.transaction(() => {
    const cohort = db.prepare(
      'INSERT INTO cohorts (code, program, number, year, organizer, start_date, end_date, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    cohort.run('pim4-xxii-2018', 'pim4', 22, 2018, 'Pusdiklat Kementerian Ketenagakerjaan', '2018-07-16', '2018-10-26', 'Pusdiklat Kemnaker, Jakarta');
    cohort.run('pkp-i-2019', 'pkp', 1, 2019, 'BPSDM Provinsi Jawa Timur', '2019-03-01', '2019-06-28', 'Surabaya');
    cohort.run('pim3-i-2020', 'pim3', 1, 2020, null, null, null, null);

    const lokus = db.prepare('INSERT INTO lokus (code, name, city) VALUES (?, ?, ?)');
    lokus.run('sby-dpmptsp', 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)', 'Surabaya');
    lokus.run('sby-dispendukcapil', 'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya', 'Surabaya');
    lokus.run('mlg-mpp', 'Mal Pelayanan Publik Kota Malang', 'Malang');

    const person = db.prepare('INSERT INTO people (nip, name, gender, grade, agency) VALUES (?, ?, ?, ?, ?)');
    const KEMNAKER = 'Kementerian Ketenagakerjaan';
    person.run(NIP.andi, 'Andi Pratama', 'male', 'III/c', KEMNAKER);
    person.run(NIP.siti, 'Siti Rahmawati', 'female', 'III/d', KEMNAKER);
    person.run(NIP.budi, 'Budi Santoso', 'male', 'III/c', 'BNP2TKI');
    person.run(NIP.dewi, 'Dewi Lestari', 'female', 'III/b', 'BNP2TKI');
    person.run(NIP.rudi, 'Rudi Hartono', 'male', 'III/d', null);
    person.run(NIP.nur, 'Nur Aini', 'female', null, KEMNAKER);
    person.run(NIP.yohana, 'Yohana Simanjuntak', 'female', 'IV/a', KEMNAKER);
    person.run(NIP.agus, 'Agus Wijaya', null, 'III/c', KEMNAKER);
    person.run(NIP.wati, 'Wati Susanti', 'female', 'III/b', 'BNP2TKI');
    person.run(NIP.eko, 'Eko Saputra', 'male', 'III/a', 'Pemerintah Kota Malang');
    person.run(NIP.fitri, 'Fitri Handayani', 'female', 'III/a', 'Pemerintah Kota Malang');

    const enrol = db.prepare(
      `INSERT INTO enrolments (cohort_id, person_id, group_name, status)
       VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?), ?, ?)`,
    );
    const A = 'pim4-xxii-2018';
    const B = 'pkp-i-2019';
    enrol.run(A, NIP.andi, '1', 'passed');
    enrol.run(A, NIP.siti, '1', 'passed');
    enrol.run(A, NIP.budi, '2', 'passed');
    enrol.run(A, NIP.dewi, '2', 'active');
    enrol.run(A, NIP.rudi, '3', 'active');
    enrol.run(A, NIP.nur, '3', 'active');
    enrol.run(A, NIP.yohana, '1', 'failed');
    enrol.run(A, NIP.agus, '2', 'active');
    enrol.run(A, NIP.wati, null, 'withdrawn');
    enrol.run(B, NIP.eko, 'A', 'passed');
    enrol.run(B, NIP.fitri, 'B', 'passed');
    enrol.run(B, NIP.andi, 'A', 'active');

    const project = db.prepare(
      `INSERT INTO projects (enrolment_id, title, innovation_name, stage, stage_date, score, predicate, inspired_by_lokus_id)
       VALUES ((SELECT e.id FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id JOIN people p ON p.id = e.person_id
                WHERE c.code = ? AND p.nip = ?), ?, ?, ?, ?, ?, ?, (SELECT id FROM lokus WHERE code = ?))`,
    );
    project.run(A, NIP.andi, 'Sistem Antrean Daring Layanan Kartu Pencari Kerja', 'SIAP-Kerja', 'adoption', '2019-03-20', 92.5, 'Sangat Memuaskan', 'sby-dpmptsp');
    project.run(A, NIP.siti, 'Digitalisasi Surat Masuk dan Keluar', 'Si-Surat', 'presentation', '2018-10-04', 85, 'Memuaskan', 'sby-dispendukcapil');
    project.run(A, NIP.budi, 'Verifikasi Daring Izin LPK', 'Verolin', 'presentation', '2018-10-05', null, null, 'sby-dpmptsp');
    project.run(A, NIP.dewi, 'Layanan Pengaduan Daring Pekerja Migran', '=HYPERLINK("x")', 'implementation', '2018-08-27', null, null, null);
    project.run(A, NIP.rudi, 'Pemetaan Kompetensi Instruktur BLK', null, 'idea', '2018-09-01', null, null, null);
    project.run(A, NIP.nur, 'Dasbor Kinerja Unit Penempatan', 'DasKin', 'design', '2018-10-10', null, null, null);
    project.run(A, NIP.yohana, 'Klinik Konsultasi Hubungan Industrial', 'KliniK-HI', 'dropped', '2018-10-20', 75, 'Cukup Memuaskan', null);
    project.run(B, NIP.eko, 'Perizinan Reklame Daring', 'e-Reklame', 'adoption', '2019-09-01', 70, 'Cukup Memuaskan', 'sby-dpmptsp');
    project.run(B, NIP.fitri, 'Pengaduan Warga Satu Pintu', 'Sambat', 'presentation', '2019-06-20', 81, 'Memuaskan', 'sby-dpmptsp');

    const projectOf = (nip: string, code: string) =>
      (db.prepare(
        `SELECT pr.id FROM projects pr JOIN enrolments e ON e.id = pr.enrolment_id JOIN people p ON p.id = e.person_id
         JOIN cohorts c ON c.id = e.cohort_id WHERE p.nip = ? AND c.code = ?`,
      ).get(nip, code) as { id: number }).id;
    const adopt = (code: string, nip: string, kind: string, award: string | null, date: string, adopters: string[]) => {
      const id = Number(db.prepare('INSERT INTO adoptions (project_id, kind, award, date) VALUES (?, ?, ?, ?)').run(projectOf(nip, code), kind, award, date).lastInsertRowid);
      for (const adopter of adopters) db.prepare('INSERT INTO adoption_adopters (adoption_id, adopter) VALUES (?, ?)').run(id, adopter);
    };
    // Andi: replicated with an award, then sustained by one more agency (no award): kind sustained, award kept.
    adopt(A, NIP.andi, 'replicated', 'KIPP 2019 Top 99', '2019-03-20', ['Disnaker Kota Bekasi']);
    adopt(A, NIP.andi, 'sustained', null, '2019-06-01', ['Disnaker Kabupaten Bogor', 'Disnaker Kota Bekasi']);
    adopt(B, NIP.eko, 'adopted_elsewhere', null, '2019-09-01', ['Pemerintah Kota Batu']);

    const milestone = db.prepare('INSERT INTO milestones (project_id, horizon, description, rating) VALUES (?, ?, ?, ?)');
    milestone.run(projectOf(NIP.andi, A), 'short', 'Aplikasi dipakai di loket', 'met');
    milestone.run(projectOf(NIP.andi, A), 'long', 'Direplikasi dua daerah', 'exceeded');
    milestone.run(projectOf(NIP.siti, A), 'short', 'SOP disahkan', 'pending');
    milestone.run(projectOf(NIP.siti, A), 'medium', 'Seluruh biro memakai', 'below');
    milestone.run(projectOf(NIP.dewi, A), 'short', 'Kanal pengaduan dibuka', 'met');
    milestone.run(projectOf(NIP.eko, B), 'short', 'Izin pertama terbit', 'met');

    const visit = db.prepare(
      `INSERT INTO visits (cohort_id, lokus_id, date, companion)
       VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM lokus WHERE code = ?), ?, ?)`,
    );
    const group = db.prepare('INSERT INTO visit_groups (visit_id, group_name) VALUES (?, ?)');
    const v1 = Number(visit.run(A, 'sby-dpmptsp', '2018-08-15', 'Dr. Sri Wahyuni, M.Si.').lastInsertRowid);
    group.run(v1, '2');
    group.run(v1, '1');
    const v2 = Number(visit.run(A, 'sby-dispendukcapil', '2018-08-15', null).lastInsertRowid);
    group.run(v2, '3');
    // A visit naming no group: the whole cohort went.
    visit.run(B, 'sby-dpmptsp', '2019-05-02', 'Drs. Bambang Irawan');
  })();
}
