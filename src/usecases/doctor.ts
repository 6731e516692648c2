// `proper doctor`: is this file a healthy proper database? SQLite's integrity and foreign-key
// checks, the schema version, orphans and proper's own consistency rules, and warnings about where
// and how the file is kept. Reads only: it never creates, migrates or repairs the file.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { todayIso } from '../domain/dates.js';
import type { Bands } from '../domain/predicate.js';
import { formatBands, parseBands, predicateFor } from '../domain/predicate.js';
import type { Program } from '../domain/types.js';
import { PROGRAMS } from '../domain/types.js';
import { recordedSettingValues } from '../db/audit.js';
import type { ForeignKeyViolation } from '../db/doctor.js';
import {
  eventsAfter,
  eventsOutOfOrder,
  foreignKeyViolations,
  integrityFindings,
  isNetworkFileSystem,
  missingCoreTables,
  mountOf,
  orphans,
  scoredRows,
  settingValues,
  stageMismatches,
  tableExists,
} from '../db/doctor.js';
import type { Leftover } from '../db/leftovers.js';
import { findLeftovers, sweepLeftovers } from '../db/leftovers.js';
import { SCHEMA_VERSION, schemaVersion } from '../db/migrate.js';
import { schemaDifferences } from '../db/schema.js';
import { SEARCH_SCHEMA_VERSION } from '../db/search.js';
import { searchIndexFindings } from '../db/search-index-check.js';
import { FIGURES_SCHEMA_VERSION, reportFigureFindings } from '../db/report-figures.js';
import type { Db } from '../db/open.js';
import { ConflictError } from '../errors.js';
import type { Params } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { describeDifference } from './schema-words.js';
import { defaultBands } from './settings.js';

export interface Finding {
  kind: string;
  message: string;
  [detail: string]: unknown;
}

export interface DoctorReport {
  healthy: boolean;
  schema_version: number | null;
  path: string;
  problems: Finding[];
  warnings: Finding[];
}

function finding(kind: string, details: Params = {}): Finding {
  return { kind, message: t(`doctor.${kind}`, details), ...details };
}

export interface ExamineOptions {
  /** Remove the temporary copies killed processes left beside the file (otherwise only name them). */
  removeLeftovers?: boolean;
  /** /proc/mounts as text (tests). */
  mountsText?: string;
}

/**
 * Examines the file at `path` without changing it (the only thing it may remove, when asked, is a
 * killed process's temporary copy beside it): its modes, mount and leftovers first, then the
 * database that `open` (the session's) gives, null when SQLite cannot open it as one. `platform`
 * decides whether file modes are checked (not on Windows). Throws ConflictError for a file newer
 * than this program.
 */
export function examineDatabase(path: string, open: () => Db | null, today: Date, platform: NodeJS.Platform, { removeLeftovers = false, mountsText }: ExamineOptions = {}): DoctorReport {
  const warnings = [...fileWarnings(path, platform, mountsText), ...leftoverWarnings(path, removeLeftovers)];
  const report: DoctorReport = { healthy: true, schema_version: null, path, problems: [], warnings };
  const db = open();
  if (db === null) return finish(report, [finding('not_a_database', { path })]);
  try {
    return finish(report, examineOpen(db, report, today));
  } catch (error) {
    if (error instanceof ConflictError) throw error;
    const code = (error as { code?: string }).code ?? '';
    // SQLite gave up reading the file: that is the finding (a missing permission is not).
    if (code.startsWith('SQLITE_') && !PERMISSION_CODES.has(code.split('_').slice(0, 2).join('_'))) {
      return finish(report, [...report.problems, finding('not_a_database', { path })]);
    }
    throw error;
  }
}

const PERMISSION_CODES = new Set(['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_BUSY', 'SQLITE_LOCKED']);

function finish(report: DoctorReport, problems: Finding[]): DoctorReport {
  return { ...report, problems, healthy: problems.length === 0 };
}

function examineOpen(db: Db, report: DoctorReport, today: Date): Finding[] {
  const version = schemaVersion(db);
  report.schema_version = version;
  if (version > SCHEMA_VERSION) throw new ConflictError('db.newerThanProgram', { path: report.path, version, supported: SCHEMA_VERSION });

  if (version < 0) return [finding('negative_version', { path: report.path, version })];
  const problems: Finding[] = integrityFindings(db).map((detail) => finding('integrity', { detail }));
  const missing = missingCoreTables(db);
  if (version === 0 || missing.length > 0) return [...problems, finding('not_proper', { path: report.path, tables: missing.join(', ') || '-' })];
  if (version < SCHEMA_VERSION) report.warnings.push(finding('schema_outdated', { version, supported: SCHEMA_VERSION }));
  // Anything in the file that proper's own migrations did not create (a trigger, a view, a changed
  // table) runs with every command: each difference is a problem.
  for (const d of schemaDifferences(db, version)) problems.push(finding('schema_difference', { description: describeDifference(d), ...d }));

  const orphanRows = orphans(db);
  for (const o of orphanRows) problems.push(finding('orphan', { table: o.table, row_id: o.row_id, missing: o.missing, reference: o.reference }));
  for (const v of foreignKeyViolations(db)) {
    if (!coveredByOrphans(v, orphanRows)) problems.push(finding('foreign_key', { table: v.table, row_id: v.rowid, parent: v.parent }));
  }
  for (const e of eventsOutOfOrder(db)) problems.push(finding('events_out_of_order', { ...e }));
  for (const e of eventsAfter(db, todayIso(today))) problems.push(finding('event_in_future', { ...e, today: todayIso(today) }));
  for (const m of stageMismatches(db)) {
    if (m.last_event_stage === null) problems.push(finding('project_without_events', { project_id: m.project_id, stage: m.stage }));
    else problems.push(finding('stage_mismatch', { ...m }));
  }
  problems.push(...settingProblems(db), ...predicateProblems(db));
  if (version >= SEARCH_SCHEMA_VERSION) problems.push(...searchIndexFindings(db).map((f) => finding('search_index', { ...f, integrity: f.integrity ?? 'ok' })));
  if (version >= FIGURES_SCHEMA_VERSION) problems.push(...reportFigureFindings(db).map((f) => finding('report_figures', { ...f })));
  return problems;
}

function coveredByOrphans(v: ForeignKeyViolation, orphanRows: { table: string; row_id: number; missing: string }[]): boolean {
  return orphanRows.some((o) => o.table === v.table && o.row_id === v.rowid && o.missing === v.parent);
}

function settingProblems(db: Db): Finding[] {
  return settingValues(db)
    .filter((s) => s.key.startsWith('bands.') && !parseBands(s.value).ok)
    .map((s) => finding('invalid_setting', { key: s.key, value: s.value }));
}

/**
 * A predicate is derived from its score with the bands in force when the score was recorded, and
 * kept (SPEC §7). Those bands are the current ones, the defaults, or a value the audit trail saw
 * the setting take: a predicate that none of them gives for its score is a problem.
 */
function predicateProblems(db: Db): Finding[] {
  const hasAudit = tableExists(db, 'audit_log');
  const current = new Map<string, Bands | undefined>();
  const candidates = new Map<string, Bands[]>();
  const settings = settingValues(db);
  for (const program of PROGRAMS) {
    const key = `bands.${program}`;
    const stored = settings.find((s) => s.key === key)?.value;
    const parsedStored = stored === undefined ? undefined : parseBands(stored);
    current.set(program, parsedStored === undefined ? defaultBands(program) : parsedStored.ok ? parsedStored.value : undefined);
    const history = hasAudit ? recordedSettingValues(db, key) : [];
    const sets: Bands[] = [];
    for (const text of [stored, formatBands(defaultBands(program)), ...history]) {
      if (text === undefined) continue;
      const parsed = parseBands(text);
      if (parsed.ok) sets.push(parsed.value);
    }
    candidates.set(program, sets);
  }

  const problems: Finding[] = [];
  for (const row of scoredRows(db)) {
    const base = { table: row.table, row_id: row.row_id, project_id: row.project_id, score: row.score, predicate: row.predicate };
    if (row.score === null) {
      problems.push(finding('predicate_without_score', base));
      continue;
    }
    const program = row.program ?? 'other';
    const bands = current.get(program) ?? defaultBands(program as Program);
    const expected = predicateFor(row.score, bands);
    if (row.predicate === null) {
      problems.push(finding('predicate_missing', { ...base, expected, bands: formatBands(bands) }));
      continue;
    }
    const possible = (candidates.get(program) ?? [defaultBands(program as Program)]).map((b) => predicateFor(row.score!, b));
    if (!possible.includes(row.predicate as never)) {
      problems.push(finding('predicate_mismatch', { ...base, program, expected, bands: formatBands(bands), known_band_sets: candidates.get(program)?.length ?? 1 }));
    }
  }
  return problems;
}

/** Removes the temporary copies killed processes left beside the database at `path`; returns them. */
export function removeLeftoversBeside(path: string): Leftover[] {
  return sweepLeftovers(dirname(path));
}

/** Temporary copies of personal data left by killed backups, restores and migrations: named, or removed when asked. */
function leftoverWarnings(path: string, remove: boolean): Finding[] {
  const found = remove ? sweepLeftovers(dirname(path)) : findLeftovers(dirname(path));
  return found.map((l) =>
    remove ? finding('leftover_removed', { file: l.path, bytes: l.bytes }) : finding(`leftover_${l.kind}`, { file: l.path, bytes: l.bytes, fix: 'proper doctor --yes' }),
  );
}

function fileWarnings(path: string, platform: NodeJS.Platform, mountsText?: string): Finding[] {
  const warnings: Finding[] = [];
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (!existsSync(file)) continue;
    const mode = statSync(file).mode & 0o777;
    if (platform !== 'win32' && (mode & 0o077) !== 0) {
      warnings.push(finding('file_permissions', { file, mode: `0${mode.toString(8)}`, fix: `chmod 600 "${file}"` }));
    }
  }
  const mount = mountOf(path, mountsText);
  if (mount && isNetworkFileSystem(mount.type)) warnings.push(finding('network_file_system', { type: mount.type, mount_point: mount.mountPoint }));
  return warnings;
}
