// SPEC §9 report figures on a large database (bench/make-large-db.mjs):
//  1. `proper report cohort X --format json` as a whole process vs `node -e 0` (target ≤ 3×);
//  2. the query of `report summary` in proper (better-sqlite3) vs the same SQL in the sqlite3
//     shell with `.timer on` (target ≤ 1.5×).
// Medians of several runs, anchors run alternately with the measured command (the machine is
// shared and noisy). Also prints EXPLAIN QUERY PLAN of every cohort-report query.
//   npm run build && node bench/make-large-db.mjs /tmp/proper-1m.db && node bench/report.mjs /tmp/proper-1m.db [runs]
// The pieces are exported for bench/run.js (`npm run bench`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const bin = join(root, 'bin', 'proper.js');
const dist = async (module) => import(new URL(`../dist/${module}`, import.meta.url).href);

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const line = (label, value, anchorLabel, anchor, target) =>
  console.log(`${label.padEnd(44)} ${ms(value).padStart(10)}   ${anchorLabel.padEnd(26)} ${ms(anchor).padStart(10)}   ratio ${(value / anchor).toFixed(2)}× (target ≤ ${target}×)`);

/** Row counts and the cohort the benchmark reports on (the middle one by id). */
export async function describeDb(dbPath) {
  const { openDatabase } = await dist('db/open.js');
  const db = openDatabase(dbPath);
  try {
    const counts = db.prepare('SELECT (SELECT count(*) FROM enrolments) AS participants, (SELECT count(*) FROM projects) AS projects, (SELECT count(*) FROM cohorts) AS cohorts').get();
    const row = db.prepare('SELECT id, code FROM cohorts ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM cohorts)').get();
    const size = db.prepare('SELECT count(*) AS n FROM enrolments WHERE cohort_id = ?').get(row.id).n;
    return { ...counts, cohort: row.code, cohortSize: size };
  } finally {
    db.close();
  }
}

/** Runs every query of the cohort report through EXPLAIN QUERY PLAN; returns the full scans. */
export async function checkIndexes(dbPath, cohort) {
  const { openDatabase } = await dist('db/open.js');
  const { buildCohortReport } = await dist('report/build-cohort.js');
  const db = openDatabase(dbPath);
  try {
    const seen = [];
    const prepare = db.prepare.bind(db);
    db.prepare = (sql) => (seen.push(sql), prepare(sql));
    buildCohortReport(db, cohort, { today: '2024-01-01' });
    db.prepare = prepare;
    const scans = [];
    for (const sql of seen) {
      const statement = prepare(`EXPLAIN QUERY PLAN ${sql}`);
      const positional = (sql.match(/\?/g) ?? []).length;
      // Every named parameter the text names (@x, :x, $x) gets a value: EXPLAIN only needs one.
      const named = Object.fromEntries([...sql.matchAll(/[@:$]([A-Za-z_]\w*)/g)].map((m) => [m[1], 1]));
      const plan = (positional > 0 ? statement.all(...Array(positional).fill(1)) : statement.all(named)).map((r) => r.detail);
      const found = plan.filter((d) => /^SCAN (?!\(subquery)/.test(d));
      if (found.length > 0) scans.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 80), scans: found });
    }
    return { queries: seen.length, scans };
  } finally {
    db.close();
  }
}

/** In-process time of buildCohortReport (the queries and the model, no Node start-up), median ms. */
export async function timeCohortBuild(dbPath, cohort, runs = 9) {
  const { openDatabase } = await dist('db/open.js');
  const { buildCohortReport } = await dist('report/build-cohort.js');
  const db = openDatabase(dbPath);
  try {
    buildCohortReport(db, cohort, { today: '2024-01-01' });
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      buildCohortReport(db, cohort, { today: '2024-01-01' });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return median(times);
  } finally {
    db.close();
  }
}

/** The arguments of the measured process: `proper --db DB report cohort X --format json`. */
export const cohortReportArgv = (dbPath, cohort) => [node, bin, '--db', dbPath, 'report', 'cohort', cohort, '--format', 'json'];

/** Whole process, interleaved with `node -e 0`: median ms of each. */
export function timeCohortReportProcess(dbPath, cohort, runs = 9) {
  const timeProcess = (argv) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
    return elapsed;
  };
  const reportArgv = cohortReportArgv(dbPath, cohort);
  timeProcess(reportArgv); // warm the page cache and the module cache of the file system
  const reportTimes = [];
  const nodeTimes = [];
  for (let i = 0; i < runs; i++) {
    nodeTimes.push(timeProcess([node, '-e', '0']));
    reportTimes.push(timeProcess(reportArgv));
  }
  return { proper: median(reportTimes), anchor: median(nodeTimes) };
}

/**
 * The summary query, warm, in proper (better-sqlite3, the SQL proper runs) and in the sqlite3
 * shell (`.timer on`, real time): median ms of each. shell is null when the shell is missing.
 */
export async function timeSummaryQuery(dbPath, runs = 9) {
  const { openDatabase } = await dist('db/open.js');
  const { SUMMARY_SQL } = await dist('db/reports/summary.js');
  const db = openDatabase(dbPath);
  const properTimes = [];
  let rows;
  try {
    const summary = db.prepare(SUMMARY_SQL);
    rows = summary.all({ year: null, program: null, asOf: null }).length;
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      summary.all({ year: null, program: null, asOf: null });
      properTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  } finally {
    db.close();
  }
  let version;
  try {
    version = execFileSync('sqlite3', ['-version'], { encoding: 'utf8' }).trim().split(' ')[0];
  } catch {
    return { proper: median(properTimes), shell: null, version: null, rows };
  }
  // Unbound parameters are NULL in the shell, so the same text runs unchanged (no filter).
  const script = `.output /dev/null\n${SUMMARY_SQL};\n.timer on\n${`${SUMMARY_SQL};\n`.repeat(runs)}`;
  const out = spawnSync('sqlite3', [dbPath], { input: script, encoding: 'utf8', maxBuffer: 1 << 28 });
  const shellTimes = [...`${out.stdout}${out.stderr}`.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
  if (shellTimes.length === 0) throw new Error(`no timings from the sqlite3 shell: ${out.stderr}`);
  return { proper: median(properTimes), shell: median(shellTimes), version, rows };
}

async function main() {
  const dbPath = process.argv[2] ?? '/tmp/proper-1m.db';
  const RUNS = Number(process.argv[3] ?? 9);
  if (!existsSync(dbPath)) {
    console.error(`${dbPath} is missing: node bench/make-large-db.mjs ${dbPath}`);
    process.exit(2);
  }
  const info = await describeDb(dbPath);
  console.log(`database ${dbPath}: ${info.participants.toLocaleString('en')} participants, ${info.projects.toLocaleString('en')} projects, ${info.cohorts.toLocaleString('en')} cohorts; cohort ${info.cohort}; ${RUNS} runs each\n`);
  const { queries, scans } = await checkIndexes(dbPath, info.cohort);
  for (const s of scans) console.log(`  full scan in: ${s.sql}…\n    ${s.scans.join('\n    ')}`);
  console.log(`cohort report: ${queries} queries, ${scans.length === 0 ? 'every one searches an index' : `${scans.reduce((n, s) => n + s.scans.length, 0)} full scans`}\n`);
  const report = timeCohortReportProcess(dbPath, info.cohort, RUNS);
  line(`proper report cohort ${info.cohort} --format json`, report.proper, 'node -e 0', report.anchor, 3);
  const summary = await timeSummaryQuery(dbPath, RUNS);
  if (summary.shell === null) {
    console.log('sqlite3 shell not found: apt-get install sqlite3 (the summary figure needs it)');
    return;
  }
  line('report summary query (better-sqlite3)', summary.proper, `sqlite3 ${summary.version} shell`, summary.shell, 1.5);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
