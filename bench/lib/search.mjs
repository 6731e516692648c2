// SPEC §9/§12 search figures on the large database (bench/make-large-db.mjs, realistic titles from
// bench/lib/titles.mjs):
//  a. `proper search WORDS --json` as a whole process vs `node -e 0` (target ≤ 3×);
//  b. the similarity check `project add` makes (similarityWarnings on a new title), in process:
//     what it adds to the command (target ≤ 50 ms);
//  c. what the index costs an import: `proper import projects` of a generated file into a fresh
//     database, with the index's triggers and with them dropped, alternately (informational; the
//     participant import of figure 3 writes no indexed table and pays nothing).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, env, fmtInt, fmtMs, median, node, root } from './common.mjs';
import { compareProcesses } from './timing.mjs';
import { projectTitle } from './titles.mjs';

const dist = async (module) => import(new URL(`../../dist/${module}`, import.meta.url).href);

/** A seeded generator of new titles (not the database's seed, so titles are "new" projects). */
function titles(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEARCH_QUERIES = [['surat'], ['surat', 'masuk'], ['perizinan', 'daring'], ['pelayanan']];

/** a. Whole-process search runs beside node -e 0. */
export function searchProcesses(db, { runs, useHyperfine }) {
  const cmds = [{ name: 'node -e 0', argv: [node, '-e', '0'] }];
  for (const words of SEARCH_QUERIES) cmds.push({ name: `proper search ${words.join(' ')} --json`, argv: [node, bin, '--db', db, 'search', ...words, '--json'] });
  return { cmds, ...compareProcesses(cmds, { runs, rounds: 3, useHyperfine }) };
}

/** Index size and what a search finds, for the log. */
export async function indexFacts(dbPath) {
  const { openDatabase } = await dist('db/open.js');
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const bytes = (like) => db.prepare('SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE ?').get(like).b;
    const counts = SEARCH_QUERIES.map((words) => ({
      query: words.join(' '),
      matches: db.prepare('SELECT count(*) AS n FROM search_projects WHERE search_projects MATCH ?').get(words.map((w) => `"${w}"`).join(' ')).n,
    }));
    return { indexBytes: bytes('search_%'), fileBytes: fs.statSync(dbPath).size, counts };
  } finally {
    db.close();
  }
}

/** b. The similarity check of `project add` on `samples` new titles, in process: median, slowest, warnings. */
export async function similarityCheck(dbPath, samples = 21) {
  const { openDatabase } = await dist('db/open.js');
  const { similarityWarnings } = await dist('usecases/similarity.js');
  const db = openDatabase(dbPath, { readonly: true });
  const random = titles(4242);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  try {
    similarityWarnings(db, { title: 'Pemanasan', innovation_name: null, description: null }, -1); // load the word lists
    const times = [];
    let warned = 0;
    for (let i = 0; i < samples; i++) {
      const { title, innovation } = projectTitle(pick);
      const started = performance.now();
      const found = similarityWarnings(db, { title, innovation_name: innovation, description: null }, -1);
      times.push(performance.now() - started);
      if (found.length > 0) warned++;
    }
    return { median: median(times), max: Math.max(...times), warned, samples };
  } finally {
    db.close();
  }
}

/** c. A fresh database with one cohort of `n` participants and a project file for them. */
export async function importFixture(dir, n) {
  const { openDatabase } = await dist('db/open.js');
  const base = path.join(dir, 'base.db');
  const db = openDatabase(base, { audit: false });
  const random = titles(777);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const lines = ['NIP,Judul,Nama Inovasi,Tahapan'];
  db.transaction(() => {
    db.prepare("INSERT INTO cohorts (id, code, program, number, year, start_date) VALUES (1, 'bench', 'pkp', 1, 2024, '2024-02-01')").run();
    const person = db.prepare('INSERT INTO people (id, nip, name) VALUES (?, ?, ?)');
    const enrol = db.prepare('INSERT INTO enrolments (id, cohort_id, person_id) VALUES (?, 1, ?)');
    for (let i = 1; i <= n; i++) {
      // A valid NIP: birth date (one a day from 1970), TMT January 2020, gender 1, sequence 001.
      const birth = new Date(Date.UTC(1970, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
      const nip = `${birth}202001` + '1001';
      person.run(i, nip, `Peserta ${i}`);
      enrol.run(i, i);
      const { title, innovation } = projectTitle(pick);
      lines.push(`${nip},"${title}",${innovation},ide`);
    }
  })();
  db.close();
  for (const suffix of ['-wal', '-shm']) fs.rmSync(base + suffix, { force: true });
  const file = path.join(dir, 'projects.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return { base, file };
}

function importOnce(base, file, dir, dropTriggers) {
  const db = path.join(dir, `run-${dropTriggers ? 'plain' : 'indexed'}.db`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  fs.copyFileSync(base, db);
  if (dropTriggers) {
    const r = spawnSync(node, ['-e', `const D=require('better-sqlite3');const d=new D(process.argv[1]);for(const {name} of d.prepare("SELECT name FROM sqlite_schema WHERE type='trigger' AND name LIKE 'search_%'").all())d.exec('DROP TRIGGER '+name);d.close();`, db], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  const started = process.hrtime.bigint();
  const r = spawnSync(node, [bin, '--db', db, 'import', 'projects', file, '--cohort', 'bench', '--json'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`import projects exited ${r.status}: ${r.stderr.slice(-800)}`);
  return ms;
}

/** c. Median times of `import projects` of n rows with and without the index's triggers. */
export async function importIndexCost(n, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-search-'));
  try {
    const { base, file } = await importFixture(dir, n);
    const indexed = [];
    const plain = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2) plain.push(importOnce(base, file, dir, true)), indexed.push(importOnce(base, file, dir, false));
      else indexed.push(importOnce(base, file, dir, false)), plain.push(importOnce(base, file, dir, true));
    }
    return { n, indexed: median(indexed), plain: median(plain) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export { fmtInt, fmtMs };
