// How benchmarking visits look to a person at the terminal.
import type { Visit } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { Output } from '../output.js';
import { formatHumanDate } from './dates.js';

type ShownVisit = Omit<Visit, 'lokus'> & { lokus?: string; lokus_name?: string; planned?: boolean };

/** A table of visits; the lokus column is left out when every visit is to the same lokus. */
export function printVisitTable(out: Output, visits: ShownVisit[], { withLokus = true } = {}): void {
  const head = [t('visit.field.id'), t('visit.field.date'), t('visit.field.cohort')];
  if (withLokus) head.push(t('visit.field.lokus'));
  head.push(t('visit.field.groups'), t('visit.field.companion'));
  out.table(
    head,
    visits.map((v) => {
      const row = [v.id, v.planned ? `${formatHumanDate(v.date)} ${t('visit.plannedMark')}` : formatHumanDate(v.date), v.cohort];
      if (withLokus) row.push(v.lokus_name ? `${v.lokus_name} (${v.lokus})` : (v.lokus ?? null));
      row.push(v.groups.join(', '), v.companion);
      return row;
    }),
  );
}
