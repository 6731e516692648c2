// SPEC §9 import benchmark: `proper import participants` of a generated 100,000- and 1,000,000-row
// list (full validation and upsert into a fresh database), beside the sqlite3 shell's `.import` of
// the same file in the same run. Prints rows/s of both, the ratio, proper's peak memory (max RSS
// from /usr/bin/time -v, else the child's own report), and PASS/FAIL against each target.
// The machine is shared and noisy: at 100,000 rows the two are run alternately RUNS times and the
// medians compared; at 1,000,000 rows once each.
// Run: npm run build && node bench/import.mjs [--quick] [--runs N] [N …]
//   --quick   100,000 rows only           N …   other sizes (no target unless 100,000 or 1,000,000)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
const SIZES = sizes.length > 0 ? sizes : quick ? [100_000] : [100_000, 1_000_000];
/** Throughput ratio to the sqlite3 shell, and the memory ceiling, of SPEC §9. */
const TARGETS = { 100_000: { ratio: 0.5 }, 1_000_000: { ratio: 0.8, memoryMb: 200 } };

function ensureSqliteShell() {
  if (spawnSync('sqlite3', ['-version']).status === 0) return;
  console.error('sqlite3 shell missing: installing it with apt-get');
  const asRoot = process.getuid?.() === 0;
  spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? ['install', '-y', 'sqlite3'] : ['apt-get', 'install', '-y', 'sqlite3'], { stdio: 'inherit' });
  if (spawnSync('sqlite3', ['-version']).status !== 0) throw new Error('the sqlite3 shell could not be installed');
}

const hasTime = spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Runs a command; returns wall seconds and max RSS in MB (null when /usr/bin/time is missing). */
function measure(command, args, options = {}) {
  const [cmd, argv] = hasTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const t0 = performance.now();
  const result = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : null, stdout: result.stdout };
}

/**
 * The writes alone: the same people and enrolment rows inserted set-based by the sqlite3 shell
 * into proper's schema (created by proper itself), from a TEMP table loaded beforehand — no
 * process start, no parsing, no validation, no per-row statements. No import that writes what
 * proper writes can beat this; it shows how much of the shell's lead is the schema's extra work
 * (two tables, three indexes) rather than JavaScript. Seconds of the four timed statements.
 */
function writeFloor(file, db) {
  const sql = [
    'PRAGMA foreign_keys = OFF;',
    'PRAGMA ignore_check_constraints = ON;',
    'PRAGMA cache_size = -16384;',
    'CREATE TEMP TABLE raw (nip, name, gender, rank_grade, position, agency, unit, email, phone);',
    '.mode csv',
    '.separator ;',
    `.import --skip 1 ${file} raw`,
    '.timer on',
    'BEGIN IMMEDIATE;',
    `INSERT INTO people (nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone)
       SELECT nip, 'nip', name, CASE gender WHEN 'L' THEN 'male' ELSE 'female' END,
              substr(nip, 1, 4) || '-' || substr(nip, 5, 2) || '-' || substr(nip, 7, 2), rank_grade, 'III/a', position, agency, unit, email, phone
       FROM raw;`.replace(/\s+/g, ' '),
    "INSERT INTO enrolments (cohort_id, person_id, group_name, status) SELECT (SELECT id FROM cohorts WHERE code = 'bench'), id, NULL, 'active' FROM people;",
    'COMMIT;',
  ].join('\n');
  const result = spawnSync('sqlite3', [db], { input: sql, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the write floor failed: ${result.stderr}`);
  return [...result.stdout.matchAll(/Run Time: real ([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en');
const mb = (v) => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);
const removeDb = (file) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
};

ensureSqliteShell();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-import-'));
const env = { ...process.env, PROPER_TODAY: '2024-06-30', NO_COLOR: '1' };
const proper = (db, ...rest) => [path.join(root, 'bin', 'proper.js'), '--db', db, ...rest];
let failed = false;
console.log(`import benchmark: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${RUNS} alternating runs at ≤ 100,000 rows, 1 above`);
try {
  for (const n of SIZES) {
    const file = path.join(tmp, `peserta-${n}.csv`);
    const generated = spawnSync(process.execPath, [path.join(root, 'bench', 'generate-participants.mjs'), String(n), file], { stdio: 'inherit' });
    if (generated.status !== 0) throw new Error('the generator failed');

    const runs = n > 100_000 ? 1 : RUNS;
    const shellTimes = [];
    const properTimes = [];
    const properRss = [];
    for (let r = 0; r < runs; r++) {
      const shellDb = path.join(tmp, 'shell.db');
      removeDb(shellDb);
      shellTimes.push(measure('sqlite3', [shellDb, '.mode csv', '.separator ;', `.import ${file} participants`]).seconds);
      removeDb(shellDb);

      const db = path.join(tmp, 'proper.db');
      removeDb(db);
      const setup = spawnSync(process.execPath, proper(db, 'cohort', 'add', 'bench', '--program', 'pkp', '--number', '1', '--year', '2024'), { env, encoding: 'utf8' });
      if (setup.status !== 0) throw new Error(setup.stderr);
      const run = measure(process.execPath, proper(db, 'import', 'participants', file, '--cohort', 'bench', '--json'), { env });
      const summary = JSON.parse(run.stdout);
      if (summary.added !== n || summary.rejected !== 0) {
        throw new Error(`expected ${n} added, got ${JSON.stringify({ ...summary, errors: summary.errors.slice(0, 3) })}`);
      }
      removeDb(db);
      properTimes.push(run.seconds);
      if (run.rssMb !== null) properRss.push(run.rssMb);
    }

    const floorDb = path.join(tmp, 'floor.db');
    removeDb(floorDb);
    const setupFloor = spawnSync(process.execPath, proper(floorDb, 'cohort', 'add', 'bench', '--program', 'pkp', '--number', '1', '--year', '2024'), { env, encoding: 'utf8' });
    if (setupFloor.status !== 0) throw new Error(setupFloor.stderr);
    const floor = writeFloor(file, floorDb);
    removeDb(floorDb);

    const shellRate = n / median(shellTimes);
    const properRate = n / median(properTimes);
    const ratio = properRate / shellRate;
    const peak = properRss.length > 0 ? Math.max(...properRss) : null;
    const target = TARGETS[n];
    const verdicts = [];
    if (target) {
      const ratioOk = ratio >= target.ratio;
      verdicts.push(`ratio ≥ ${target.ratio}× ${ratioOk ? 'PASS' : 'FAIL'}`);
      failed ||= !ratioOk;
      if (target.memoryMb) {
        const memoryOk = peak !== null && peak < target.memoryMb;
        verdicts.push(`peak < ${target.memoryMb} MB ${memoryOk ? 'PASS' : peak === null ? 'UNMEASURED' : 'FAIL'}`);
        failed ||= !memoryOk;
      }
    }
    const times = (xs) => xs.map((s) => s.toFixed(2)).join('/');
    console.log(
      `import ${fmt(n).padStart(9)} rows | proper ${fmt(properRate).padStart(8)} rows/s (${times(properTimes)} s, peak ${mb(peak)})` +
        ` | sqlite3 .import ${fmt(shellRate).padStart(8)} rows/s (${times(shellTimes)} s)` +
        ` | ratio ${ratio.toFixed(2)}×${verdicts.length > 0 ? ` | ${verdicts.join(', ')}` : ''}`,
    );
    console.log(
      `       ${''.padStart(9)}      | context: proper's writes alone, set-based SQL in the sqlite3 shell ${floor.toFixed(2)} s` +
        ` = ${fmt(n / floor)} rows/s, ${(n / floor / shellRate).toFixed(2)}× the shell's .import (the ceiling for any import writing proper's schema)`,
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
