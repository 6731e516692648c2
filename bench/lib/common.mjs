// Shared helpers of the benchmark command (bench/run.js): paths, statistics, process timing,
// peak memory through /usr/bin/time -v, apt-get installs, and the cached inputs of bench/out/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const outDir = path.join(root, 'bench', 'out');
export const bin = path.join(root, 'bin', 'proper.js');
export const node = process.execPath;
/** A fixed "today" and no colour, so every run of proper does the same work. */
export const env = { ...process.env, PROPER_TODAY: '2024-06-30', NO_COLOR: '1', PROPER_LANG: 'en' };

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const fmtInt = (n) => Math.round(n).toLocaleString('en');
export const fmtMs = (x) => `${x.toFixed(1)} ms`;
export const sizeLabel = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

export function has(command, args = ['--version']) {
  try {
    return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
}

let aptUpdated = false;
/** Installs a Debian package when `command` is missing and apt-get can be used; true when present. */
export function ensureCommand(command, pkg, log, probe = ['--version']) {
  if (has(command, probe)) return true;
  const asRoot = process.getuid?.() === 0;
  const canSudo = !asRoot && has('sudo', ['-n', 'true']);
  if (!has('apt-get', ['--version']) || (!asRoot && !canSudo)) {
    log(`  ${command} missing and apt-get is not usable here (install the Debian package ${pkg})`);
    return false;
  }
  const apt = (...args) => spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['-n', 'apt-get', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8',
  });
  log(`  ${command} missing: apt-get install -y ${pkg} …`);
  let result = apt('install', '-y', '--no-install-recommends', pkg);
  if (result.status !== 0 && !aptUpdated) {
    aptUpdated = true;
    apt('update');
    result = apt('install', '-y', '--no-install-recommends', pkg);
  }
  if (!has(command, probe)) {
    log(`  could not install ${pkg}: ${(result.stderr ?? '').trim().split('\n').pop()}`);
    return false;
  }
  return true;
}

export const hasGnuTime = () => fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' }).status === 0;

/**
 * Runs a command once; returns wall ms and peak RSS in MB (from /usr/bin/time -v when present,
 * else null). Throws on a non-zero exit.
 */
export function runMeasured(command, args, { useTime = true, okCodes = [0], ...options } = {}) {
  const timed = useTime && hasGnuTimeCached();
  const [cmd, argv] = timed ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const t0 = process.hrtime.bigint();
  const result = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28, env, ...options });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.error) throw result.error;
  if (!okCodes.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${(result.stderr ?? '').slice(-2000)}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null, stdout: result.stdout, stderr: result.stderr };
}
let gnuTime;
function hasGnuTimeCached() {
  gnuTime ??= hasGnuTime();
  return gnuTime;
}

/**
 * A short digest of files, to key cached inputs by what produced them: their names inside the
 * project and their contents, so that two checkouts of the same commit share one key.
 */
export function digest(files) {
  const hash = createHash('sha1');
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : '');
  }
  return hash.digest('hex').slice(0, 10);
}

/** Digest of the schema: the migrations proper creates every database with. */
export function schemaFiles() {
  const dir = path.join(root, 'dist', 'db', 'migrations');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort().map((f) => path.join(dir, f)) : [];
}

/** The generated participant CSV of n rows (bench/generate-participants.mjs), cached. */
export function participantsCsv(n, log) {
  fs.mkdirSync(outDir, { recursive: true });
  const generator = path.join(root, 'bench', 'generate-participants.mjs');
  const file = path.join(outDir, `participants-${n}-${digest([generator])}.csv`);
  if (!fs.existsSync(file)) {
    const t0 = Date.now();
    const tmp = `${file}.tmp`;
    const r = spawnSync(node, [generator, String(n), tmp], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`generate-participants ${n} failed: ${r.stderr}`);
    fs.renameSync(tmp, file);
    log(`  generated ${path.relative(root, file)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return file;
}

/**
 * A database of `participants` people in cohorts of `per` (bench/make-large-db.mjs), cached by
 * size and by the digest of the generator and the migrations.
 */
export function largeDb(participants, log, per = 40) {
  fs.mkdirSync(outDir, { recursive: true });
  const generator = path.join(root, 'bench', 'make-large-db.mjs');
  const titles = path.join(root, 'bench', 'lib', 'titles.mjs');
  const file = path.join(outDir, `large-${participants}-per${per}-${digest([generator, titles, ...schemaFiles()])}.db`);
  if (!fs.existsSync(file)) {
    const cohorts = Math.ceil(participants / per);
    log(`  building ${path.relative(root, file)} (${fmtInt(cohorts)} cohorts × ${per}; about ${Math.max(1, Math.round((participants / 1e6) * 55))} s at 1M) …`);
    const tmp = `${file.slice(0, -3)}.tmp.db`;
    const r = spawnSync(node, [generator, tmp, '--cohorts', String(cohorts), '--per', String(per)], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`make-large-db failed: ${r.stderr}`);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(tmp + suffix, { force: true });
    fs.renameSync(tmp, file);
    log(`  ${r.stdout.trim().replace(tmp, path.relative(root, file))}`);
  }
  return file;
}

/** Removes a database file and its companions (WAL, shared memory, journal). */
export function removeDb(db) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(db + suffix, { force: true });
}

/** A fresh proper database holding one cohort, `bench`, made by proper itself. */
export function freshProperDb(db) {
  removeDb(db);
  const r = spawnSync(node, [bin, '--db', db, 'cohort', 'add', 'bench', '--program', 'pkp', '--number', '1', '--year', '2024'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cohort add failed: ${r.stderr}`);
}
