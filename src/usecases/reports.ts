// The options of the report commands, checked before any report is built: counts, year, program.
import { parseDate } from '../domain/dates.js';
import { parseProgram } from '../domain/program.js';
import type { IsoDate, Program } from '../domain/types.js';
import { parseCount, parseYear, valueOf } from './validate.js';

// The report commands take it from here; it lives with the other option checks.
export { parseCount };

export interface CohortReportInput {
  top?: string | undefined;
  stallDays?: string | undefined;
  asOf?: string | undefined;
}

/** --as-of DATE: the day a report is drawn up for; a malformed date is invalid data (3). */
export function parseAsOf(input: string | undefined): IsoDate | undefined {
  return input === undefined ? undefined : valueOf(parseDate(input), 'asOf');
}

export function cohortReportOptions(input: CohortReportInput): { top?: number; stallDays?: number; asOf?: IsoDate } {
  const top = parseCount(input.top, 'top', 1, 10);
  const stallDays = parseCount(input.stallDays, 'stallDays', 0, 60);
  const asOf = parseAsOf(input.asOf);
  return {
    ...(top !== undefined ? { top } : {}),
    ...(stallDays !== undefined ? { stallDays } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  };
}

export interface ScopeInput {
  asOf?: string | undefined;
  cohort?: string | undefined;
  year?: string | undefined;
  program?: string | undefined;
}

export interface ReportScope {
  /** Only cohorts that had started by this day. */
  asOf?: IsoDate | undefined;
  cohort?: string | undefined;
  year?: number | undefined;
  program?: Program | undefined;
}

/** --cohort, --year and --program of `report lokus` and `report summary`; a bad year or program is invalid data (3). */
export function reportScope(input: ScopeInput): ReportScope {
  return {
    asOf: parseAsOf(input.asOf),
    cohort: input.cohort?.trim() || undefined,
    year: input.year !== undefined ? parseYear(input.year) : undefined,
    program: input.program !== undefined ? valueOf(parseProgram(input.program), 'program') : undefined,
  };
}
