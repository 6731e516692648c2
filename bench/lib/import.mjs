// Import figures of SPEC §9: `proper import participants` of a generated N-row list (full
// validation and upsert, into a fresh database with one cohort) beside the sqlite3 shell's `.import`
// of the same file, and the peers a user might pick instead (sqlite-utils, csvkit's csvsql).
// Each run starts from a fresh database; runs of proper and of the shell are interleaved.
// (bench/import.mjs is the import engineer's own single-run tool; this is the repeated, median one.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, freshProperDb, median, node, removeDb, runMeasured } from './common.mjs';

export function properImportOnce(file, n, dir) {
  const db = path.join(dir, 'proper.db');
  freshProperDb(db);
  const run = runMeasured(node, [bin, '--db', db, 'import', 'participants', file, '--cohort', 'bench', '--json']);
  let summary;
  try {
    summary = JSON.parse(run.stdout);
  } catch {
    throw new Error(`proper import printed no JSON summary: ${run.stdout.slice(0, 500)}`);
  }
  if (summary.added !== n) throw new Error(`expected ${n} added, got ${JSON.stringify({ ...summary, errors: summary.errors?.slice(0, 3) })}`);
  removeDb(db);
  return run;
}

export function shellImportOnce(file, dir) {
  const db = path.join(dir, 'shell.db');
  removeDb(db);
  const run = runMeasured('sqlite3', [db, '.mode csv', '.separator ;', `.import ${file} participants`]);
  removeDb(db);
  return run;
}

/** Peers: the commands a user might run instead. Each returns a fresh-database measured run. */
export const PEERS = [
  {
    name: 'sqlite-utils insert --csv',
    command: 'sqlite-utils',
    pkg: 'sqlite-utils',
    run: (file, dir) => {
      const db = path.join(dir, 'peer.db');
      removeDb(db);
      const r = runMeasured('sqlite-utils', ['insert', db, 'participants', file, '--csv', '--delimiter', ';', '--encoding', 'utf-8-sig']);
      removeDb(db);
      return r;
    },
  },
  {
    name: 'csvsql --insert',
    command: 'csvsql',
    pkg: 'csvkit',
    run: (file, dir) => {
      const db = path.join(dir, 'peer.db');
      removeDb(db);
      const r = runMeasured('csvsql', ['--db', `sqlite:///${db}`, '--insert', '--tables', 'participants', '-d', ';', '-e', 'utf-8-sig', file]);
      removeDb(db);
      return r;
    },
  },
];

/**
 * proper vs the sqlite3 shell on one file, `runs` times each, interleaved. Returns medians of wall
 * ms, rows/s, and the largest peak RSS seen (MB).
 */
export function compareImport(file, n, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-import-'));
  try {
    const proper = [];
    const shell = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2) {
        proper.push(properImportOnce(file, n, dir));
        shell.push(shellImportOnce(file, dir));
      } else {
        shell.push(shellImportOnce(file, dir));
        proper.push(properImportOnce(file, n, dir));
      }
    }
    return { proper: summarise(proper, n), shell: summarise(shell, n) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function runPeer(peer, file, n, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-peer-'));
  try {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(peer.run(file, dir));
    return summarise(results, n);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(runs, n) {
  const ms = median(runs.map((r) => r.ms));
  const rss = runs.map((r) => r.rssMb).filter((x) => x !== null);
  return { ms, rowsPerSecond: n / (ms / 1000), rssMb: rss.length ? Math.max(...rss) : null, runs: runs.length };
}
