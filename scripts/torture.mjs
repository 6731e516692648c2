// Torture: proper killed with SIGKILL in the middle of an import, a restore, a backup, a migration
// and a project advance, and several processes writing at once. Every trial counts; the figures
// printed are the trials run, the databases found consistent (healthy, and exactly as before or
// exactly as after the command), the temporary copies a kill left, and what was still left after
// the next proper command. Exits 1 when any database is inconsistent, anything is left after the
// next command, a file is named like a finished backup without being one, or a writer failed.
//
//   npm run torture                 # the long form: 30 trials of each, 8 writers for 60 s
//   node scripts/torture.mjs --short   # CI: 3 trials of each, 4 writers for 8 s (needs a build)
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDigest, isHealthy, leftovers, rowsDigest, withDb } from './torture/state.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'proper.js');
const short = process.argv.includes('--short');
const config = short
  ? { trials: 3, cohorts: 60, importRows: 4_000, writers: 4, writerSeconds: 8 }
  : { trials: 30, cohorts: 500, importRows: 40_000, writers: 8, writerSeconds: 60 };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-torture-'));
const env = { ...process.env, NO_COLOR: '1', CI: 'true', PROPER_LANG: 'en' };

function proper(db, args) {
  const result = spawnSync(process.execPath, [bin, '--db', db, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`proper ${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return result;
}

function node(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
}

/** Runs proper, killing it with SIGKILL after `killAfterMs` unless it ends first. */
function runUntilKilled(db, args, killAfterMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, '--db', db, ...args], { env, stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, ms: Date.now() - started });
    });
  });
}

/**
 * A version-1 file holding `from`'s rows: migration 001's schema, then every column it has copied
 * over; so the migration trial runs every later migration, whatever this version adds.
 */
function makeVersionOne(from, to) {
  const initial = fs.readFileSync(path.join(root, 'src', 'db', 'migrations', '001_initial.sql'), 'utf8');
  const db = new Database(to);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec(initial);
    db.prepare('ATTACH DATABASE ? AS source').run(from);
    const tables = db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    for (const { name } of tables) {
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(name).map((c) => `"${c.name}"`).join(', ');
      db.exec(`DELETE FROM main."${name}"; INSERT INTO main."${name}" (${columns}) SELECT ${columns} FROM source."${name}"`);
    }
    db.exec('DETACH DATABASE source; PRAGMA user_version = 1; PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function copyDb(from, to) {
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o600);
}

// ---- the material: a database of some size, an older-version copy, another one to restore, a CSV
console.log(`proper torture (${short ? 'short' : 'long'} form) in ${work}`);
const base = path.join(work, 'base.db');
node(['bench/make-large-db.mjs', base, '--cohorts', String(config.cohorts), '--per', '40']);
proper(base, ['cohort', 'add', 'torture-2024', '--program', 'pkp', '--number', '1', '--year', '2024']);
const candidate = path.join(work, 'candidate.db');
node(['bench/make-large-db.mjs', candidate, '--cohorts', String(config.cohorts), '--per', '40', '--seed', '7']);
const oldBase = path.join(work, 'old-v1.db');
makeVersionOne(base, oldBase);
const csv = path.join(work, 'participants.csv');
node(['bench/generate-participants.mjs', String(config.importRows), csv]);
const projectId = withDb(base, (db) => db.prepare("SELECT id FROM projects WHERE stage IN ('idea', 'design') ORDER BY id LIMIT 1").get().id);
const baseSize = fs.statSync(base).size;
// How long proper takes to start and open a small file: kills are aimed after that, at the work itself.
const tiny = path.join(work, 'tiny.db');
proper(tiny, ['init']);
const startupMs = (await runUntilKilled(tiny, ['cohort', 'list', '--json'], undefined)).ms;

// ---- the operations: how to set a trial up, the command, and the states allowed after a kill
const operations = [
  { name: 'import', from: base, args: () => ['import', 'participants', csv, '--cohort', 'torture-2024'] },
  { name: 'restore', from: base, args: () => ['restore', candidate, '--yes'] },
  { name: 'backup', from: base, args: (dir) => ['backup', path.join(dir, 'backup.db')], extra: ['backup.db'] },
  { name: 'migration', from: oldBase, args: () => ['cohort', 'add', 'after-migration', '--program', 'pkp', '--number', '2', '--year', '2024'], rowsOnly: true },
  { name: 'advance', from: base, args: () => ['project', 'advance', String(projectId), '--date', '2024-06-01'] },
];

// --only NAME[,NAME]: some operations only (and no writers unless named).
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1].split(',') : undefined;
const figures = [];
for (const op of operations.filter((o) => !only || only.includes(o.name))) {
  // The reference run, on a copy: how long the whole command takes, and the state it ends in.
  const refDir = fs.mkdtempSync(path.join(work, `${op.name}-ref-`));
  const refDb = path.join(refDir, 'live.db');
  copyDb(op.from, refDb);
  const digest = op.rowsOnly ? rowsDigest : dataDigest;
  const before = digest(refDb);
  const reference = await runUntilKilled(refDb, op.args(refDir), undefined);
  if (reference.code !== 0) throw new Error(`${op.name}: the reference run failed (exit ${reference.code})`);
  const after = digest(refDb);
  // For the migration the version is left out of the digest: a kill after the migration's
  // transaction but before the cohort was added leaves the file migrated with the rows as before.
  const allowed = new Set([before, after]);
  fs.rmSync(refDir, { recursive: true, force: true });

  const f = { operation: op.name, trials: 0, killed: 0, consistent: 0, tempCopiesLeftByKill: 0, leftAfterNextRun: 0, misnamed: 0, staleJournals: 0, inconsistent: [] };
  for (let trial = 0; trial < config.trials; trial++) {
    const dir = fs.mkdtempSync(path.join(work, `${op.name}-${trial}-`));
    const live = path.join(dir, 'live.db');
    copyDb(op.from, live);
    const earliest = Math.min(startupMs * 0.8, reference.ms * 0.5);
    const killAfterMs = Math.round(earliest + Math.random() * (reference.ms - earliest));
    const run = await runUntilKilled(live, op.args(dir), killAfterMs);
    f.trials++;
    if (run.killed) f.killed++;

    const expected = ['live.db', ...(op.extra ?? [])];
    const afterKill = leftovers(dir, expected);
    f.tempCopiesLeftByKill += afterKill.temps.length;
    f.misnamed += afterKill.misnamed.length;
    let consistent = isHealthy(live) && allowed.has(digest(live));
    if (op.name === 'backup' && fs.existsSync(path.join(dir, 'backup.db'))) {
      consistent &&= isHealthy(path.join(dir, 'backup.db'), { recover: false }) && dataDigest(path.join(dir, 'backup.db')) === before;
    }
    // The next command (doctor --yes: checks the file, removes what killed processes left).
    const doctor = spawnSync(process.execPath, [bin, '--db', live, 'doctor', '--yes', '--json'], { env, encoding: 'utf8' });
    consistent &&= doctor.status === 0;
    if (consistent) f.consistent++;
    else f.inconsistent.push({ trial, killAfterMs, digest: digest(live), doctor: doctor.stdout.slice(0, 400) });
    const afterNext = leftovers(dir, expected);
    // The live file's own journal is SQLite's recovery after a kill. One whose header was never
    // written is not "hot": a reader (doctor) leaves it, the next writing command removes it.
    if (fs.existsSync(`${live}-journal`)) {
      f.staleJournals++;
      spawnSync(process.execPath, [bin, '--db', live, 'config', 'set', 'bands.other', '90,80,70,60'], { env });
      if (fs.existsSync(`${live}-journal`) && fs.statSync(`${live}-journal`).size > 0) afterNext.other.push('live.db-journal (after a writing command)');
    }
    f.leftAfterNextRun += afterNext.temps.length + afterNext.other.length;
    if (afterNext.temps.length + afterNext.other.length > 0) f.inconsistent.push({ trial, killAfterMs, leftAfterNextRun: [...afterNext.temps, ...afterNext.other] });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  figures.push(f);
  console.log(
    `${op.name.padEnd(10)} trials ${f.trials}, killed mid-run ${f.killed}, consistent ${f.consistent}/${f.trials}, ` +
      `temporary copies left by the kill ${f.tempCopiesLeftByKill}, left after the next run ${f.leftAfterNextRun}, misnamed ${f.misnamed}, live journals left for the next writer ${f.staleJournals}` +
      ` (whole run ${reference.ms} ms, start-up ${startupMs} ms, database ${(baseSize / 1e6).toFixed(1)} MB)`,
  );
  for (const bad of f.inconsistent) console.log(`  inconsistent: ${JSON.stringify(bad)}`);
}

// ---- several writers at once
if (only && !only.includes('writers')) config.writers = 0;
const writersDb = path.join(work, 'writers.db');
copyDb(base, writersDb);
const cohortsBefore = withDb(writersDb, (db) => db.prepare('SELECT count(*) AS n FROM cohorts').get().n);
const deadline = Date.now() + config.writerSeconds * 1000;
const results = await Promise.all(
  Array.from({ length: config.writers }, async (_, w) => {
    const outcome = { ok: 0, failed: 0 };
    for (let i = 0; Date.now() < deadline; i++) {
      const run = await runUntilKilled(writersDb, ['cohort', 'add', `w${w}-${i}`, '--program', 'pkp', '--number', String(i + 1), '--year', '2024'], undefined);
      if (run.code === 0) outcome.ok++;
      else outcome.failed++;
    }
    return outcome;
  }),
);
const written = results.reduce((n, r) => n + r.ok, 0);
const failedWrites = results.reduce((n, r) => n + r.failed, 0);
const cohortsAfter = withDb(writersDb, (db) => db.prepare('SELECT count(*) AS n FROM cohorts').get().n);
const lost = cohortsBefore + written - cohortsAfter;
const writersHealthy = isHealthy(writersDb);
console.log(`writers    ${config.writers} processes for ${config.writerSeconds} s: ${written} commands succeeded, ${failedWrites} failed, ${lost} rows lost, database ${writersHealthy ? 'healthy' : 'NOT healthy'}`);

const total = figures.reduce(
  (t, f) => ({ trials: t.trials + f.trials, consistent: t.consistent + f.consistent, temps: t.temps + f.tempCopiesLeftByKill, left: t.left + f.leftAfterNextRun, misnamed: t.misnamed + f.misnamed }),
  { trials: 0, consistent: 0, temps: 0, left: 0, misnamed: 0 },
);
console.log(
  `total      trials ${total.trials}, databases consistent ${total.consistent}/${total.trials}, temporary copies left by kills ${total.temps} ` +
    `(all removed by the next run: ${total.left === 0 ? 'yes' : 'no'}), leftover files after the next run ${total.left}, misnamed unfinished files ${total.misnamed}`,
);
fs.rmSync(work, { recursive: true, force: true });
const failed = total.consistent < total.trials || total.left > 0 || total.misnamed > 0 || failedWrites > 0 || lost !== 0 || !writersHealthy;
process.exitCode = failed ? 1 : 0;
