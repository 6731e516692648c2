// The follow-up schedule of each program, read from the settings (SPEC §11).
import { DEFAULT_FOLLOWUP_MONTHS, followupMonthsKey, parseFollowupMonths } from '../domain/followup.js';
import type { Program } from '../domain/types.js';
import { PROGRAMS } from '../domain/types.js';
import { InvalidDataError } from '../errors.js';
import type { Db } from './open.js';
import { listSettings } from './settings.js';

/**
 * Each program's check months: `followup.months.PROGRAM`, else `followup.months`, else 6, 12, 24.
 * A value broken by hand (in sqlite3) is invalid data (3) naming its key, never guessed.
 */
export function followupSchedules(db: Db): Record<Program, number[]> {
  const stored = new Map(listSettings(db).map((s) => [s.key, s.value]));
  const read = (key: string): number[] | undefined => {
    const value = stored.get(key);
    if (value === undefined) return undefined;
    const parsed = parseFollowupMonths(value);
    if (!parsed.ok) throw new InvalidDataError(parsed.problem.key, { ...parsed.problem.params, field: key });
    return parsed.value;
  };
  const general = read(followupMonthsKey()) ?? [...DEFAULT_FOLLOWUP_MONTHS];
  return Object.fromEntries(PROGRAMS.map((p) => [p, read(followupMonthsKey(p)) ?? general])) as Record<Program, number[]>;
}
