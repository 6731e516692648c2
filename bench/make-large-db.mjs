// Deterministic generator of a large proper database for the report benchmarks (SPEC §9): by
// default 25,000 cohorts × 40 participants = 1,000,000 people, enrolments and (almost all) projects,
// with their events, visits to 200 lokus, a few thousand adoptions and some milestones. The schema
// comes from proper's own migrations (openDatabase from dist/); rows are written with raw SQL in
// large transactions. Same seed, same file.
//   npm run build && node bench/make-large-db.mjs /tmp/proper-1m.db [--cohorts 25000] [--per 40]
import { existsSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { projectTitle } from './lib/titles.mjs';

const { openDatabase } = await import('../dist/db/open.js');

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: node bench/make-large-db.mjs PATH [--cohorts 25000] [--per 40] [--seed 20180815]');
  process.exit(2);
}
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COHORTS = flag('cohorts', 25_000);
const PER = flag('per', 40);
const SEED = flag('seed', 20180815);

// mulberry32: a small, fast, seeded PRNG.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pad = (n, w) => String(n).padStart(w, '0');

const PROGRAMS = ['pim2', 'pim3', 'pim4', 'pkn2', 'pka', 'pkp', 'latsar', 'other'];
const FIRST_M = ['Andi', 'Budi', 'Rudi', 'Agus', 'Hendra', 'Joko', 'Slamet', 'Bambang', 'Eko', 'Fajar', 'Irfan', 'Yusuf', 'Dedi', 'Rahmat', 'Teguh'];
const FIRST_F = ['Siti', 'Dewi', 'Nur', 'Yohana', 'Rina', 'Sri', 'Ani', 'Lestari', 'Fitri', 'Wulan', 'Maya', 'Ratna', 'Indah', 'Putri', 'Ayu'];
const LAST = ['Pratama', 'Santoso', 'Hartono', 'Wijaya', 'Lestari', 'Rahmawati', 'Simanjuntak', 'Siregar', 'Nasution', 'Saputra', 'Hidayat', 'Kusuma', 'Sihombing', 'Harahap', 'Gunawan'];
const AGENCIES = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `Kementerian ${i}` : i % 3 === 1 ? `Pemerintah Kota ${i}` : `Pemerintah Provinsi ${i}`));
const GRADES = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c'];
const STAGES = [
  ['idea', 0.08], ['design', 0.1], ['implementation', 0.14], ['presentation', 0.6], ['adoption', 0.03], ['dropped', 0.05],
];
const KINDS = ['sustained', 'institutionalized', 'replicated', 'adopted_elsewhere'];
const LOKUS = 200;

function roman(n) {
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
function stageOf() {
  let x = random();
  for (const [stage, p] of STAGES) if ((x -= p) < 0) return stage;
  return 'presentation';
}
function predicate(score) {
  return score > 90 ? 'Sangat Memuaskan' : score > 80 ? 'Memuaskan' : score > 70 ? 'Cukup Memuaskan' : score > 60 ? 'Kurang Memuaskan' : 'Tidak Memuaskan';
}
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (isoDate, days) => iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

if (existsSync(path)) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
const started = performance.now();
const db = openDatabase(path, { audit: false });
// A throw-away build: no journal, no fsync, a big page cache.
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -262144');
db.pragma('foreign_keys = OFF');

const insertLokus = db.prepare('INSERT INTO lokus (id, code, name, agency, city, province) VALUES (?, ?, ?, ?, ?, ?)');
const insertInnovation = db.prepare('INSERT INTO lokus_innovations (lokus_id, position, name) VALUES (?, ?, ?)');
const insertCohort = db.prepare(
  'INSERT INTO cohorts (id, code, program, number, year, organizer, start_date, end_date, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const insertPerson = db.prepare(
  'INSERT INTO people (id, nip, name, gender, birth_date, rank, grade, position, agency, unit, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
const insertEnrolment = db.prepare('INSERT INTO enrolments (id, cohort_id, person_id, group_name, status) VALUES (?, ?, ?, ?, ?)');
const insertProject = db.prepare(
  `INSERT INTO projects (id, enrolment_id, title, innovation_name, stage, stage_date, score, predicate, coach, mentor, inspired_by_lokus_id)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertEvent = db.prepare('INSERT INTO project_events (project_id, kind, from_stage, to_stage, date, score, predicate) VALUES (?, ?, ?, ?, ?, ?, ?)');
const insertVisit = db.prepare('INSERT INTO visits (id, cohort_id, lokus_id, date, companion) VALUES (?, ?, ?, ?, ?)');
const insertGroup = db.prepare('INSERT INTO visit_groups (visit_id, group_name) VALUES (?, ?)');
const insertAdoption = db.prepare('INSERT INTO adoptions (project_id, kind, award, date) VALUES (?, ?, ?, ?)');
const insertAdopter = db.prepare('INSERT INTO adoption_adopters (adoption_id, adopter) VALUES (?, ?)');
const insertCheck = db.prepare('INSERT INTO followup_checks (project_id, months, date, status, reason, ikm) VALUES (?, ?, ?, ?, ?, ?)');
const REASONS = ['transfer', 'budget', 'reorganization', 'retirement', 'no_support', 'other'];
// The bench's today (PROPER_TODAY in bench/lib/common.mjs): no check is dated after it.
const BENCH_TODAY = '2024-06-30';
const insertMilestone = db.prepare('INSERT INTO milestones (project_id, horizon, description, target_date, rating) VALUES (?, ?, ?, ?, ?)');

db.transaction(() => {
  for (let id = 1; id <= LOKUS; id++) {
    insertLokus.run(id, `lokus-${pad(id, 3)}`, `Lokus Inovasi ${id}`, pick(AGENCIES), `Kota ${id % 40}`, `Provinsi ${id % 34}`);
    for (let k = 1; k <= 3; k++) insertInnovation.run(id, k, `Inovasi ${id}.${k}`);
  }
})();

const counts = { cohorts: 0, people: 0, projects: 0, events: 0, visits: 0, adoptions: 0, milestones: 0, checks: 0 };
let personId = 0;
let visitId = 0;
const numbers = new Map();
const BATCH = 500;

for (let first = 1; first <= COHORTS; first += BATCH) {
  db.transaction(() => {
    for (let cohortId = first; cohortId < Math.min(first + BATCH, COHORTS + 1); cohortId++) {
      const program = PROGRAMS[cohortId % PROGRAMS.length];
      const year = 2000 + (Math.floor(cohortId / PROGRAMS.length) % 25);
      const key = `${program}-${year}`;
      const number = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, number);
      const start = `${year}-${pad(int(2, 8), 2)}-${pad(int(1, 28), 2)}`;
      const end = addDays(start, 100);
      insertCohort.run(cohortId, `${program}-${roman(number).toLowerCase()}-${year}`, program, number, year,
        `BPSDM ${pick(AGENCIES)}`, start, end, `Kampus ${cohortId % 50}`);
      counts.cohorts++;

      const groups = Math.ceil(PER / 10);
      for (let v = 0; v < 2; v++) {
        visitId++;
        insertVisit.run(visitId, cohortId, int(1, LOKUS), addDays(start, 30 + v), `Pendamping ${v + 1}`);
        for (let g = 1 + v; g <= groups; g += 2) insertGroup.run(visitId, String(g));
        counts.visits++;
      }

      for (let seat = 0; seat < PER; seat++) {
        personId++;
        const female = random() < 0.45;
        // NIP: birth date + TMT (year and month) + gender digit + sequence, unique by construction.
        const birth = addDays('1965-01-01', (personId - 1) % 9131);
        const sequence = Math.floor((personId - 1) / 9131) % 1000;
        const tmtYear = Math.min(Number(birth.slice(0, 4)) + int(22, 30), 2020);
        const nip = `${birth.replaceAll('-', '')}${tmtYear}${pad(int(1, 12), 2)}${female ? 2 : 1}${pad(sequence, 3)}`;
        const name = `${pick(female ? FIRST_F : FIRST_M)} ${pick(LAST)}`;
        insertPerson.run(personId, nip, name, female ? 'female' : 'male', birth, null, pick(GRADES), 'Kepala Seksi',
          pick(AGENCIES), 'Bidang Pelayanan', null, null);
        insertEnrolment.run(personId, cohortId, personId, String(1 + (seat % groups)), 'active');
        counts.people++;

        if (random() < 0.03) continue; // a participant without a project
        const stage = stageOf();
        const stageDate = addDays(start, int(5, 120));
        const scored = (stage === 'presentation' || stage === 'adoption' || (stage === 'dropped' && random() < 0.3)) && random() < 0.95;
        const score = scored ? int(550, 980) / 10 : null;
        const { title, innovation } = projectTitle(pick);
        insertProject.run(personId, personId, title, innovation, stage, stageDate, score,
          score === null ? null : predicate(score), 'Coach', 'Mentor', random() < 0.3 ? int(1, LOKUS) : null);
        counts.projects++;
        insertEvent.run(personId, 'created', null, 'idea', start, null, null);
        counts.events++;
        if (stage !== 'idea') {
          insertEvent.run(personId, stage === 'dropped' ? 'dropped' : 'advanced', 'idea', stage, stageDate, score, score === null ? null : predicate(score));
          counts.events++;
        }
        if (stage === 'adoption') {
          const adoption = Number(insertAdoption.run(personId, pick(KINDS), random() < 0.1 ? `KIPP ${year + 1} Top 99` : null, stageDate).lastInsertRowid);
          insertAdopter.run(adoption, pick(AGENCIES));
          counts.adoptions++;
        }
        // Checks after the training (SPEC §11) for about 60% of presented projects: 6, 12 and 24
        // months on, most still running, the others stopped for one of the reasons, then no more.
        if (stage === 'presentation' && random() < 0.6) {
          for (const months of [6, 12, 24]) {
            const date = addDays(stageDate, months * 30 + int(0, 20));
            if (date > BENCH_TODAY || random() < 0.15) break;
            const running = random() < 0.85;
            insertCheck.run(personId, months, date, running ? 'running' : 'stopped', running ? null : pick(REASONS), random() < 0.2 ? int(6000, 9500) / 100 : null);
            counts.checks++;
            if (!running) break;
          }
        }
        if (random() < 0.1) {
          insertMilestone.run(personId, pick(['short', 'medium', 'long']), 'Target', addDays(stageDate, 90), pick(['pending', 'below', 'met', 'exceeded']));
          counts.milestones++;
        }
      }
    }
  })();
}

db.pragma('journal_mode = WAL');
db.close();
const seconds = (performance.now() - started) / 1000;
console.log(`${path}: ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')} in ${seconds.toFixed(1)} s`);
