// The queries behind `proper doctor` and `proper restore`'s checks: SQLite's own integrity and
// foreign-key checks, and proper's consistency rules over the raw rows. Read-only, all of them.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './open.js';

export { looksLikeSqlite } from './open.js';

/** The tables every proper database has had since version 1. */
export const CORE_TABLES = ['cohorts', 'people', 'enrolments', 'lokus', 'visits', 'projects', 'project_events', 'adoptions', 'milestones', 'settings'];

export function missingCoreTables(db: Db): string[] {
  const present = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  return CORE_TABLES.filter((table) => !present.has(table));
}

/** SQLite's integrity check: an empty list when it says "ok" (at most 100 findings). */
export function integrityFindings(db: Db): string[] {
  const rows = db.pragma('integrity_check(100)') as { integrity_check: string }[];
  const findings = rows.map((r) => r.integrity_check);
  return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
}

export interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

export function foreignKeyViolations(db: Db): ForeignKeyViolation[] {
  return (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map((r) => ({
    table: r.table,
    rowid: r.rowid,
    parent: r.parent,
  }));
}

export interface EventOutOfOrder {
  project_id: number;
  event_id: number;
  date: string;
  previous_date: string;
}

/** Events dated before the event recorded just before them in the same project. */
export function eventsOutOfOrder(db: Db): EventOutOfOrder[] {
  return db
    .prepare(
      `SELECT project_id, event_id, date, previous_date FROM (
         SELECT project_id, id AS event_id, date, lag(date) OVER (PARTITION BY project_id ORDER BY id) AS previous_date
         FROM project_events)
       WHERE previous_date IS NOT NULL AND date < previous_date
       ORDER BY project_id, event_id`,
    )
    .all() as EventOutOfOrder[];
}

export interface StageMismatch {
  project_id: number;
  stage: string;
  last_event_stage: string | null;
}

/** Projects whose stage is not the to_stage of their last event (or that have no event at all). */
export function stageMismatches(db: Db): StageMismatch[] {
  return db
    .prepare(
      `SELECT project_id, stage, last_event_stage FROM (
         SELECT pr.id AS project_id, pr.stage,
                (SELECT ev.to_stage FROM project_events ev WHERE ev.project_id = pr.id ORDER BY ev.id DESC LIMIT 1) AS last_event_stage
         FROM projects pr)
       WHERE last_event_stage IS NOT stage
       ORDER BY project_id`,
    )
    .all() as StageMismatch[];
}

export interface OrphanRow {
  table: string;
  row_id: number;
  missing: string;
  reference: number | null;
}

/** Rows pointing at a parent that does not exist (possible only when foreign keys were off). */
export function orphans(db: Db): OrphanRow[] {
  return db
    .prepare(
      `SELECT 'enrolments' AS "table", e.id AS row_id, 'people' AS missing, e.person_id AS reference
         FROM enrolments e WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = e.person_id)
       UNION ALL
       SELECT 'enrolments', e.id, 'cohorts', e.cohort_id
         FROM enrolments e WHERE NOT EXISTS (SELECT 1 FROM cohorts c WHERE c.id = e.cohort_id)
       UNION ALL
       SELECT 'projects', pr.id, 'enrolments', pr.enrolment_id
         FROM projects pr WHERE NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.id = pr.enrolment_id)
       UNION ALL
       SELECT 'project_events', ev.id, 'projects', ev.project_id
         FROM project_events ev WHERE NOT EXISTS (SELECT 1 FROM projects pr WHERE pr.id = ev.project_id)
       UNION ALL
       SELECT 'adoptions', a.id, 'projects', a.project_id
         FROM adoptions a WHERE NOT EXISTS (SELECT 1 FROM projects pr WHERE pr.id = a.project_id)
       UNION ALL
       SELECT 'milestones', m.id, 'projects', m.project_id
         FROM milestones m WHERE NOT EXISTS (SELECT 1 FROM projects pr WHERE pr.id = m.project_id)
       UNION ALL
       SELECT 'visits', v.id, 'cohorts', v.cohort_id
         FROM visits v WHERE NOT EXISTS (SELECT 1 FROM cohorts c WHERE c.id = v.cohort_id)
       UNION ALL
       SELECT 'visits', v.id, 'lokus', v.lokus_id
         FROM visits v WHERE NOT EXISTS (SELECT 1 FROM lokus l WHERE l.id = v.lokus_id)`,
    )
    .all() as OrphanRow[];
}

export interface ScoredRow {
  /** 'projects' or 'project_events'. */
  table: string;
  row_id: number;
  project_id: number;
  program: string | null;
  score: number | null;
  predicate: string | null;
}

/** Every recorded score or predicate, on projects and on their events, with the cohort's program. */
export function scoredRows(db: Db): ScoredRow[] {
  return db
    .prepare(
      `SELECT 'projects' AS "table", pr.id AS row_id, pr.id AS project_id, c.program, pr.score, pr.predicate
         FROM projects pr LEFT JOIN enrolments e ON e.id = pr.enrolment_id LEFT JOIN cohorts c ON c.id = e.cohort_id
        WHERE pr.score IS NOT NULL OR pr.predicate IS NOT NULL
       UNION ALL
       SELECT 'project_events', ev.id, ev.project_id, c.program, ev.score, ev.predicate
         FROM project_events ev LEFT JOIN projects pr ON pr.id = ev.project_id
         LEFT JOIN enrolments e ON e.id = pr.enrolment_id LEFT JOIN cohorts c ON c.id = e.cohort_id
        WHERE ev.score IS NOT NULL OR ev.predicate IS NOT NULL
       ORDER BY 1, 2`,
    )
    .all() as ScoredRow[];
}

export interface FutureEvent {
  project_id: number;
  event_id: number;
  date: string;
}

export function eventsAfter(db: Db, todayIso: string): FutureEvent[] {
  return db
    .prepare('SELECT project_id, id AS event_id, date FROM project_events WHERE date > ? ORDER BY project_id, id')
    .all(todayIso) as FutureEvent[];
}

export function settingValues(db: Db): { key: string; value: string }[] {
  return db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
}

export function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export interface MountInfo {
  mountPoint: string;
  type: string;
}

const NETWORK_TYPES = new Set(['nfs', 'nfs4', 'cifs', 'smb', 'smb2', 'smb3', 'smbfs', 'sshfs', 'fuse.sshfs', 'afs', 'ncpfs', '9p', 'fuse.rclone', 'davfs', 'fuse.davfs2']);

/** The mount a file lives on, from /proc/mounts (Linux); undefined elsewhere. */
export function mountOf(path: string, mountsText?: string): MountInfo | undefined {
  let text = mountsText;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/mounts', 'utf8');
    } catch {
      return undefined;
    }
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    real = realpathSync(dirname(path));
  }
  let best: MountInfo | undefined;
  for (const line of text.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    // /proc/mounts escapes spaces and a few other characters as octal.
    const mountPoint = rawPoint.replace(/\\(\d{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const inside = mountPoint === '/' || real === mountPoint || real.startsWith(`${mountPoint}/`);
    if (inside && (!best || mountPoint.length >= best.mountPoint.length)) best = { mountPoint, type };
  }
  return best;
}

export function isNetworkFileSystem(type: string): boolean {
  return NETWORK_TYPES.has(type) || type.startsWith('nfs') || type.startsWith('smb');
}
