// SPEC §9 report figures on a large database (bench/make-large-db.mjs):
//  1. `proper report cohort X --format json` as a whole process vs `node -e 0` (target ≤ 3×);
//  2. the query of `report summary` in proper (better-sqlite3) vs the same SQL in the sqlite3
//     shell with `.timer on` (target ≤ 1.5×).
// Medians of several runs, anchors run alternately with the measured command (the machine is
// shared and noisy). Also prints EXPLAIN QUERY PLAN of every cohort-report query.
//   npm run build && node bench/make-large-db.mjs /tmp/proper-1m.db && node bench/report.mjs /tmp/proper-1m.db [runs]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dbPath = process.argv[2] ?? '/tmp/proper-1m.db';
const RUNS = Number(process.argv[3] ?? 9);
if (!existsSync(dbPath)) {
  console.error(`${dbPath} is missing: node bench/make-large-db.mjs ${dbPath}`);
  process.exit(2);
}

const { openDatabase } = await import('../dist/db/open.js');
const { SUMMARY_SQL } = await import('../dist/db/reports/summary.js');
const { buildCohortReport } = await import('../dist/report/build-cohort.js');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const line = (label, value, anchorLabel, anchor, target) =>
  console.log(`${label.padEnd(44)} ${ms(value).padStart(10)}   ${anchorLabel.padEnd(26)} ${ms(anchor).padStart(10)}   ratio ${(value / anchor).toFixed(2)}× (target ≤ ${target}×)`);

const db = openDatabase(dbPath);
const counts = db.prepare('SELECT (SELECT count(*) FROM enrolments) AS participants, (SELECT count(*) FROM projects) AS projects, (SELECT count(*) FROM cohorts) AS cohorts').get();
const cohort = db.prepare('SELECT code FROM cohorts ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM cohorts)').get().code;
console.log(`database ${dbPath}: ${counts.participants.toLocaleString('en')} participants, ${counts.projects.toLocaleString('en')} projects, ${counts.cohorts.toLocaleString('en')} cohorts; cohort ${cohort}; ${RUNS} runs each\n`);

// Every query of the cohort report must be served by an index.
const seen = [];
const prepare = db.prepare.bind(db);
db.prepare = (sql) => (seen.push(sql), prepare(sql));
buildCohortReport(db, cohort, { today: '2024-01-01' });
db.prepare = prepare;
let unindexed = 0;
for (const sql of seen) {
  const statement = prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const positional = (sql.match(/\?/g) ?? []).length;
  const plan = (positional > 0 ? statement.all(...Array(positional).fill(1)) : statement.all({ cohortId: 1, today: '2024-01-01', stallDays: 60 })).map((r) => r.detail);
  const scans = plan.filter((d) => /^SCAN (?!\(subquery)/.test(d));
  unindexed += scans.length;
  if (scans.length > 0) console.log(`  full scan in: ${sql.replace(/\s+/g, ' ').slice(0, 80)}…\n    ${scans.join('\n    ')}`);
}
console.log(`cohort report: ${seen.length} queries, ${unindexed === 0 ? 'every one searches an index' : `${unindexed} full scans`}\n`);

// 1. Whole process.
const node = process.execPath;
const bin = join(root, 'bin', 'proper.js');
const timeProcess = (args) => {
  const started = process.hrtime.bigint();
  const result = spawnSync(node, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
};
const reportArgs = [bin, '--db', dbPath, 'report', 'cohort', cohort, '--format', 'json'];
timeProcess(reportArgs); // warm the page cache and the module cache of the file system
const reportTimes = [];
const nodeTimes = [];
for (let i = 0; i < RUNS; i++) {
  nodeTimes.push(timeProcess(['-e', '0']));
  reportTimes.push(timeProcess(reportArgs));
}
line(`proper report cohort ${cohort} --format json`, median(reportTimes), 'node -e 0', median(nodeTimes), 3);

// 2. The summary query, warm, in proper and in the sqlite3 shell.
const summary = prepare(SUMMARY_SQL);
summary.all({ year: null, program: null });
const properTimes = [];
for (let i = 0; i < RUNS; i++) {
  const started = process.hrtime.bigint();
  summary.all({ year: null, program: null });
  properTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
}
db.close();

let shell;
try {
  shell = execFileSync('sqlite3', ['-version'], { encoding: 'utf8' }).trim().split(' ')[0];
} catch {
  console.log('sqlite3 shell not found: apt-get install sqlite3 (the summary figure needs it)');
  process.exit(0);
}
// Unbound parameters are NULL in the shell, so the same text runs unchanged (no filter).
const script = `.output /dev/null\n${SUMMARY_SQL};\n.timer on\n${`${SUMMARY_SQL};\n`.repeat(RUNS)}`;
const out = spawnSync('sqlite3', [dbPath], { input: script, encoding: 'utf8', maxBuffer: 1 << 28 });
const shellTimes = [...`${out.stdout}${out.stderr}`.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
if (shellTimes.length === 0) throw new Error(`no timings from the sqlite3 shell: ${out.stderr}`);
line('report summary query (better-sqlite3)', median(properTimes), `sqlite3 ${shell} shell`, median(shellTimes), 1.5);
