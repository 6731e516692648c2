// SPEC §9 import benchmark: `proper import participants` of a generated 100,000- and 1,000,000-row
// list (full validation and upsert), beside the sqlite3 shell's `.import` of the same file in the
// same run. Prints rows/s, the ratio to the shell, and peak memory (max RSS, /usr/bin/time -v).
// Run: npm run build && node bench/import.mjs [N …]      (default: 100000 1000000)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100_000, 1_000_000];
const TARGETS = { 100_000: 0.5, 1_000_000: 0.8 };
const MEMORY_LIMIT_MB = 200;

function ensureSqliteShell() {
  if (spawnSync('sqlite3', ['-version']).status === 0) return;
  console.error('sqlite3 shell missing: installing it with apt-get');
  const asRoot = process.getuid?.() === 0;
  spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? ['install', '-y', 'sqlite3'] : ['apt-get', 'install', '-y', 'sqlite3'], { stdio: 'inherit' });
  if (spawnSync('sqlite3', ['-version']).status !== 0) throw new Error('the sqlite3 shell could not be installed');
}

const hasTime = fs.existsSync('/usr/bin/time');

/** Runs a command; returns wall seconds and max RSS in MB (null when /usr/bin/time is missing). */
function measure(command, args, options = {}) {
  const argv = hasTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const t0 = performance.now();
  const result = spawnSync(argv[0], argv[1], { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : null, stdout: result.stdout };
}

const fmt = (n) => Math.round(n).toLocaleString('en');
const mb = (v) => (v === null ? '   n/a' : `${v.toFixed(0).padStart(4)} MB`);

ensureSqliteShell();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-import-'));
const env = { ...process.env, PROPER_TODAY: '2024-06-30', NO_COLOR: '1' };
const proper = (db, ...args) => ['--max-old-space-size=160', path.join(root, 'bin', 'proper.js'), '--db', db, ...args];
let failed = false;
try {
  for (const n of SIZES) {
    const file = path.join(tmp, `peserta-${n}.csv`);
    spawnSync(process.execPath, [path.join(root, 'bench', 'generate-participants.mjs'), String(n), file], { stdio: 'inherit' });

    const shellDb = path.join(tmp, `shell-${n}.db`);
    const shell = measure('sqlite3', [shellDb, '.mode csv', '.separator ;', `.import ${file} participants`]);

    const db = path.join(tmp, `proper-${n}.db`);
    const setup = spawnSync(process.execPath, proper(db, 'cohort', 'add', 'bench', '--program', 'pkp', '--number', '1', '--year', '2024'), { env, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(setup.stderr);
    const run = measure(process.execPath, proper(db, 'import', 'participants', file, '--cohort', 'bench', '--json'), { env });
    const summary = JSON.parse(run.stdout);
    if (summary.added !== n) throw new Error(`expected ${n} added, got ${JSON.stringify({ ...summary, errors: summary.errors.slice(0, 3) })}`);

    const shellRate = n / shell.seconds;
    const properRate = n / run.seconds;
    const ratio = properRate / shellRate;
    const target = TARGETS[n];
    const ok = (target === undefined || ratio >= target) && (n < 1_000_000 || run.rssMb === null || run.rssMb < MEMORY_LIMIT_MB);
    failed ||= !ok;
    console.log(`import ${fmt(n).padStart(9)} rows  proper ${run.seconds.toFixed(2).padStart(6)} s ${fmt(properRate).padStart(9)} rows/s  peak ${mb(run.rssMb)}  |  sqlite3 .import ${shell.seconds.toFixed(2).padStart(6)} s ${fmt(shellRate).padStart(9)} rows/s  peak ${mb(shell.rssMb)}  |  ratio ${ratio.toFixed(2)}×${target ? ` (target ≥ ${target}×${n >= 1_000_000 ? `, < ${MEMORY_LIMIT_MB} MB` : ''})` : ''} ${ok ? 'ok' : 'MISSED'}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
