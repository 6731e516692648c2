// What the torture trials look at: a database's state as one comparable value, its health, and
// the files left beside it. Read-only; opens copies with better-sqlite3 directly.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Opens the file as any SQLite program would (recovering a WAL, which is what the next proper
 * command does too), runs `fn`, closes. Undefined when the file does not open or has a hot
 * rollback journal beside it (a copy that was never finished).
 */
export function withDb(file, fn) {
  let db;
  try {
    if (fs.existsSync(`${file}-journal`) && fs.statSync(`${file}-journal`).size > 0) return undefined;
    db = new Database(file, { fileMustExist: true });
    return fn(db);
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/** integrity_check ok, no foreign-key violation, a non-negative schema version. */
export function isHealthy(file) {
  return (
    withDb(file, (db) => db.pragma('integrity_check', { simple: true }) === 'ok' && db.pragma('foreign_key_check').length === 0 && db.pragma('user_version', { simple: true }) >= 1) === true
  );
}

/** A hash of the rows that the operations under test change: people, enrolments, cohorts, projects, events. */
export function dataDigest(file) {
  return withDb(file, (db) => {
    const hash = createHash('sha256');
    for (const query of [
      'SELECT nip, name FROM people ORDER BY nip',
      'SELECT person_id, cohort_id, group_name FROM enrolments ORDER BY person_id, cohort_id',
      'SELECT code FROM cohorts ORDER BY code',
      'SELECT id, stage, stage_date FROM projects ORDER BY id',
      'SELECT project_id, to_stage, date FROM project_events ORDER BY id',
    ]) {
      for (const row of db.prepare(query).raw().iterate()) hash.update(JSON.stringify(row));
    }
    return `${db.pragma('user_version', { simple: true })}:${hash.digest('hex').slice(0, 16)}`;
  });
}

/** The same digest without the schema version: a migration changes the version, never the rows. */
export function rowsDigest(file) {
  return dataDigest(file)?.replace(/^-?\d+:/, '');
}

const TEMP = /^\..+\.(?:proper-)?(?:backup|restore|keep|premigrate)-\d+-\d+\.tmp(?:-wal|-shm|-journal)?$/;
const FINISHED = /(\.before-restore-\d{8}T\d{6}(?:-\d+)?|\.v\d+-\d{8}T\d{6}(?:-\d+)?\.bak)$/;

/**
 * The files in `folder` besides the known ones (`expected`: names of databases with their -wal,
 * -shm). `temps`: temporary copies (personal data) awaiting a sweep; `misnamed`: files named like
 * a finished backup that are not a healthy database; `other`: anything else.
 */
export function leftovers(folder, expected) {
  const result = { temps: [], misnamed: [], other: [] };
  for (const name of fs.readdirSync(folder)) {
    const base = name.replace(/-(wal|shm|journal)$/, '');
    if (expected.includes(base) && !name.endsWith('-journal')) continue;
    if (TEMP.test(name)) result.temps.push(name);
    else if (FINISHED.test(name) && isHealthy(path.join(folder, name))) continue;
    else if (FINISHED.test(base)) result.misnamed.push(name);
    else result.other.push(name);
  }
  return result;
}
