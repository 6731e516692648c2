// `proper history`: the audit trail of changes to projects, enrolments and settings, newest first.
import { parseDate } from '../domain/dates.js';
import type { AuditRow } from '../db/audit.js';
import { AUDITED_TABLE_NAMES, listAudit } from '../db/audit.js';
import type { Db } from '../db/open.js';
import { InvalidDataError, UsageError } from '../errors.js';
import { valueOf } from './validate.js';

export const DEFAULT_HISTORY_LIMIT = 50;

export interface HistoryInput {
  table?: string | undefined;
  user?: string | undefined;
  since?: string | undefined;
  limit?: string | undefined;
}

/** One change as `history --json` prints it: the row's values before and after as objects. */
export type HistoryEntry = Omit<AuditRow, 'old_values' | 'new_values'> & {
  old_values: Record<string, unknown> | null;
  new_values: Record<string, unknown> | null;
};

export function listHistory(db: Db, input: HistoryInput): HistoryEntry[] {
  const table = input.table === undefined ? undefined : knownTable(input.table);
  const since = input.since === undefined ? undefined : valueOf(parseDate(input.since), 'since');
  const limit = input.limit === undefined ? DEFAULT_HISTORY_LIMIT : parseLimit(input.limit);
  // The trail is kept in UTC; --since is a calendar day where the officer is.
  const sinceIso = since === undefined ? undefined : new Date(`${since}T00:00:00`).toISOString();
  return listAudit(db, { table, user: input.user, sinceIso, limit }).map(toEntry);
}

function knownTable(input: string): string {
  const table = input.trim().toLowerCase();
  if (!AUDITED_TABLE_NAMES.includes(table)) throw new InvalidDataError('audit.unknownTable', { table: input, tables: AUDITED_TABLE_NAMES.join(', ') });
  return table;
}

function parseLimit(input: string): number {
  const limit = Number(input.trim());
  if (!/^\d+$/.test(input.trim()) || !Number.isSafeInteger(limit) || limit < 1) throw new UsageError('audit.invalidLimit', { value: input });
  return limit;
}

function parseValues(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    // A row written by another tool with plain text: keep it readable rather than fail.
    return { text };
  }
}

function toEntry(row: AuditRow): HistoryEntry {
  return { ...row, old_values: parseValues(row.old_values), new_values: parseValues(row.new_values) };
}

/** The fields an update changed, as "field: old → new" (for the human table). */
export function describeChange(entry: HistoryEntry): string {
  const show = (v: unknown) => (v === null || v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v));
  if (entry.action === 'update' && entry.old_values && entry.new_values) {
    const fields = entry.summary ? entry.summary.split(',') : Object.keys(entry.new_values);
    return fields
      .filter((f) => entry.old_values![f] !== entry.new_values![f])
      .map((f) => `${f}: ${show(entry.old_values![f])} → ${show(entry.new_values![f])}`)
      .join('; ');
  }
  const values = entry.new_values ?? entry.old_values;
  const label = values ? identify(entry.table_name, values) : '';
  return [entry.summary, label].filter(Boolean).join(' ');
}

/** A few telling fields of a row, so that an insert or delete reads as what it was. */
function identify(table: string, values: Record<string, unknown>): string {
  const keys: Record<string, string[]> = {
    projects: ['nip', 'cohort', 'title', 'stage'],
    project_events: ['project_id', 'kind', 'to_stage', 'date', 'score'],
    adoptions: ['project_id', 'kind', 'date', 'award'],
    adoption_adopters: ['adoption_id', 'adopter'],
    milestones: ['project_id', 'horizon', 'rating'],
    followup_checks: ['project_id', 'months', 'date', 'status', 'reason'],
    enrolments: ['nip', 'cohort', 'group_name', 'status'],
    settings: ['key', 'value'],
  };
  return (keys[table] ?? Object.keys(values).slice(0, 4))
    .filter((k) => values[k] !== null && values[k] !== undefined)
    .map((k) => `${k}=${typeof values[k] === 'string' ? values[k] : JSON.stringify(values[k])}`)
    .join(' ');
}
