// Builds the database files of earlier schema versions kept in test/fixtures/db/ (the files are
// committed; test/integration/upgrade.test.ts opens every proper-vN.db found there and checks that
// it migrates forward and keeps its rows).
//
//   node scripts/make-db-fixtures.mjs        # builds proper-v1.db … proper-v5.db
//   node scripts/make-db-fixtures.mjs 1 2    # the versions named
//
// A fixture of version N is made from migrations 001..N alone, the default settings, and a few
// rows in every table, with fixed timestamps so that the file comes out the same on every run.
// Once a later migration changes a table, the seeding below must still suit the older versions:
// keep their committed files rather than regenerating them with a newer schema in mind.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = path.join(root, 'src', 'db', 'migrations');
const outDir = path.join(root, 'test', 'fixtures', 'db');
const defaults = JSON.parse(fs.readFileSync(path.join(root, 'data', 'defaults.json'), 'utf8')).settings;

const versions = process.argv.slice(2).map(Number);
for (const version of versions.length > 0 ? versions : [1, 2, 3, 4, 5]) build(version);

function build(version) {
  const migrations = fs
    .readdirSync(migrationsDir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .filter((f) => Number(f.slice(0, 3)) <= version);
  if (migrations.length !== version) throw new Error(`migrations 001..${version} are not all there`);

  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `proper-v${version}.db`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const m of migrations) db.exec(fs.readFileSync(path.join(migrationsDir, m), 'utf8'));
    const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    // similarity.warn came with version 4 (the search index).
    for (const [key, value] of Object.entries(defaults)) if (key !== 'similarity.warn' || version >= 4) setting.run(key, value);
    seed(db);
    if (version >= 2) seedAudit(db);
    if (version >= 3) seedFollowups(db);
    db.pragma(`user_version = ${Number(version)}`);
  })();
  db.exec('VACUUM');
  db.close();
  console.log(`${path.relative(root, file)}: schema ${version}`);
}

function seed(db) {
  const at = '2019-01-10T08:00:00Z';
  db.prepare(
    `INSERT INTO cohorts (id, code, program, number, year, organizer, start_date, end_date, place, created_at)
     VALUES (1, 'pim4-xxii-2018', 'pim4', 22, 2018, 'Pusdiklat Kemnaker', '2018-07-02', '2018-10-26', 'Jakarta', ?)`,
  ).run(at);
  const person = db.prepare(
    `INSERT INTO people (id, nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  person.run(1, '197805122005011002', 'nip', 'Budi Santoso, S.E.', 'male', '1978-05-12', 'Penata', 'III/c', 'Kepala Seksi', 'Kemnaker', 'Ditjen Binapenta', 'budi@kemnaker.go.id', '081234567890');
  person.run(2, '198203142008012004', 'nip', 'Siti Aminah, S.Sos.', 'female', '1982-03-14', 'Penata Tk. I', 'III/d', 'Kepala Subbagian', 'Kemnaker', 'Sekretariat Jenderal', null, null);
  person.run(3, 'NRP-61010023', 'nrp', 'Kompol Agus Wibowo', 'male', null, null, null, 'Kasubbag', 'Polri', null, null, null);
  const enrol = db.prepare('INSERT INTO enrolments (id, cohort_id, person_id, group_name, status) VALUES (?, 1, ?, ?, ?)');
  enrol.run(1, 1, '1', 'passed');
  enrol.run(2, 2, '1', 'active');
  enrol.run(3, 3, '2', 'active');

  db.prepare("INSERT INTO lokus (id, code, name, agency, city, province) VALUES (1, 'dpmptsp-sby', 'DPMPTSP Kota Surabaya', 'Pemkot Surabaya', 'Surabaya', 'Jawa Timur')").run();
  const innovation = db.prepare('INSERT INTO lokus_innovations (lokus_id, position, name) VALUES (1, ?, ?)');
  innovation.run(1, 'Surabaya Single Window');
  innovation.run(2, 'e-Sapa Warga');
  db.prepare("INSERT INTO visits (id, cohort_id, lokus_id, date, companion) VALUES (1, 1, 1, '2018-08-15', 'Dra. Lestari')").run();
  const group = db.prepare('INSERT INTO visit_groups (visit_id, group_name) VALUES (1, ?)');
  group.run('1');
  group.run('2');

  db.prepare(
    `INSERT INTO projects (id, enrolment_id, title, innovation_name, description, stage, stage_date, score, predicate, coach, mentor, examiner, inspired_by_lokus_id, created_at)
     VALUES (1, 1, 'Layanan antrean daring', 'SiAntre', 'Antrean daring untuk layanan kartu kuning', 'adoption', '2019-01-05', 92.5, 'Sangat Memuaskan', 'Dr. Hartono', 'Ir. Wahyudi', 'Prof. Sulastri', 1, ?)`,
  ).run(at);
  db.prepare(
    `INSERT INTO projects (id, enrolment_id, title, innovation_name, description, stage, stage_date, score, predicate, coach, mentor, examiner, inspired_by_lokus_id, created_at)
     VALUES (2, 2, 'Arsip digital surat masuk', NULL, NULL, 'design', '2018-08-20', NULL, NULL, NULL, NULL, NULL, NULL, ?)`,
  ).run(at);
  const event = db.prepare(
    `INSERT INTO project_events (project_id, kind, from_stage, to_stage, date, note, score, predicate, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  event.run(1, 'created', null, 'idea', '2018-07-10', null, null, null, '2018-07-10T09:00:00.000Z');
  event.run(1, 'advanced', 'idea', 'design', '2018-07-24', null, null, null, '2018-07-24T09:00:00.000Z');
  event.run(1, 'advanced', 'design', 'implementation', '2018-08-20', 'laboratorium kepemimpinan', null, null, '2018-08-20T09:00:00.000Z');
  event.run(1, 'advanced', 'implementation', 'presentation', '2018-10-22', 'seminar', 92.5, 'Sangat Memuaskan', '2018-10-22T09:00:00.000Z');
  event.run(1, 'adopted', 'presentation', 'adoption', '2019-01-05', null, null, null, '2019-01-05T09:00:00.000Z');
  event.run(2, 'created', null, 'idea', '2018-07-10', null, null, null, '2018-07-10T09:00:00.000Z');
  event.run(2, 'advanced', 'idea', 'design', '2018-08-20', null, null, null, '2018-08-20T09:00:00.000Z');
  db.prepare("INSERT INTO adoptions (id, project_id, kind, award, date) VALUES (1, 1, 'institutionalized', 'KIPP 2019 Top 99', '2019-01-05')").run();
  const adopter = db.prepare('INSERT INTO adoption_adopters (adoption_id, adopter) VALUES (1, ?)');
  adopter.run('Ditjen Binapenta');
  adopter.run('Disnaker Kota Bekasi');
  const milestone = db.prepare('INSERT INTO milestones (project_id, horizon, description, target_date, rating, evidence) VALUES (1, ?, ?, ?, ?, ?)');
  milestone.run('short', 'Uji coba di satu loket', '2018-09-15', 'met', 'Laporan uji coba');
  milestone.run('long', 'Dipakai di semua Disnaker kabupaten/kota', '2020-12-31', 'pending', null);
}

// Version 2 added the audit trail: one row of it, as a proper of that version wrote them.
function seedFollowups(db) {
  db.prepare(
    `INSERT INTO followup_checks (id, project_id, months, date, status, reason, note, evidence, ikm, recorded_at)
     VALUES (1, 1, 6, '2019-04-22', 'running', NULL, 'Dipakai di 3 loket', 'Laporan bulanan', 82.5, '2019-04-22T09:00:00.000Z')`,
  ).run();
  db.prepare('UPDATE projects SET ikm_before = 71.25, ikm_after = 82.5 WHERE id = 1').run();
}

function seedAudit(db) {
  db.prepare(
    `INSERT INTO audit_log (id, at, os_user, action, table_name, row_id, summary, old_values, new_values)
     VALUES (1, '2019-01-10T08:00:00.000Z', 'pengelola', 'update', 'milestones', 1, 'rating,evidence',
             '{"rating":"pending","evidence":null}', '{"rating":"met","evidence":"Laporan uji coba"}')`,
  ).run();
}
