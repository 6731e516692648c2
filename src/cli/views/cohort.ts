// How a cohort looks to a person at the terminal.
import { PROGRAM_INFO, programNameKey } from '../../domain/program.js';
import type { Cohort } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { Cell, Output } from '../output.js';
import { formatHumanDate } from './dates.js';

export function cohortPairs(cohort: Cohort): [string, Cell][] {
  return [
    [t('field.code'), cohort.code],
    [t('field.program'), t(programNameKey(cohort.program))],
    [t('field.number'), `${cohort.number_roman} (${cohort.number})`],
    [t('field.year'), cohort.year],
    [t('field.organizer'), cohort.organizer],
    [t('field.startDate'), formatHumanDate(cohort.start_date)],
    [t('field.endDate'), formatHumanDate(cohort.end_date)],
    [t('field.place'), cohort.place],
  ];
}

export function printCohortTable(out: Output, cohorts: Cohort[]): void {
  out.table(
    [t('field.code'), t('field.program'), t('field.number'), t('field.year'), t('field.organizer'), t('field.startDate'), t('field.endDate')],
    cohorts.map((c) => [c.code, PROGRAM_INFO[c.program].short, c.number_roman, c.year, c.organizer, c.start_date, c.end_date]),
  );
}

/** A cohort as one line of a list to pick from: its code, program, number and year. */
export function cohortChoice(cohort: Cohort): { value: string; name: string } {
  return { value: cohort.code, name: `${cohort.code} — ${PROGRAM_INFO[cohort.program].short} ${cohort.number_roman} ${cohort.year}` };
}
