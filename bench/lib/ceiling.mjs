// The schema's own ceiling (SPEC §9): the same rows proper stores, written into proper's tables and
// indexes by the sqlite3 shell's set-based SQL, with no Node, no parsing and no validation. The rows
// are taken once (untimed) from a database proper imported the file into, so both write exactly the
// same people and enrolments; each timed run starts from a fresh proper database holding the cohort.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, env, freshProperDb, median, node, removeDb, runMeasured } from './common.mjs';

const PERSON = 'nip, id_type, name, gender, birth_date, rank, grade, position, agency, unit, email, phone';

/** A database holding table `staging`: the people proper stores for `file` (made once, untimed). */
function stage(file, dir) {
  const imported = path.join(dir, 'imported.db');
  const staged = path.join(dir, 'staged.db');
  freshProperDb(imported);
  const r = spawnSync(node, [bin, '--db', imported, 'import', 'participants', file, '--cohort', 'bench', '--json'], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`staging import failed: ${r.stderr.slice(0, 500)}`);
  removeDb(staged);
  const s = spawnSync('sqlite3', [staged, `ATTACH '${imported}' AS p; CREATE TABLE staging AS SELECT ${PERSON} FROM p.people ORDER BY id;`], { encoding: 'utf8' });
  if (s.status !== 0) throw new Error(`staging failed: ${s.stderr}`);
  removeDb(imported);
  return staged;
}

/** `runs` timed runs of the set-based write; medians of wall ms and rows/s. */
export function ceilingRuns(file, n, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-ceiling-'));
  try {
    const staged = stage(file, dir);
    const db = path.join(dir, 'ceiling.db');
    const sql = [
      `ATTACH '${staged}' AS s;`,
      'BEGIN;',
      `INSERT INTO people (${PERSON}) SELECT ${PERSON} FROM s.staging;`,
      "INSERT INTO enrolments (cohort_id, person_id, group_name, status) SELECT (SELECT id FROM cohorts WHERE code = 'bench'), id, NULL, 'active' FROM people ORDER BY id;",
      'COMMIT;',
    ].join(' ');
    const ms = [];
    for (let i = 0; i < runs; i++) {
      freshProperDb(db);
      ms.push(runMeasured('sqlite3', [db, sql]).ms);
    }
    removeDb(db);
    const m = median(ms);
    return { ms: m, rowsPerSecond: n / (m / 1000), runs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
