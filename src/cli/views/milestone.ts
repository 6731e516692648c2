// How milestones look to a person at the terminal.
import type { Horizon, Milestone, Rating } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { Cell, Output } from '../output.js';
import { formatHumanDate } from './dates.js';

export function horizonLabel(horizon: Horizon): string {
  return t(`milestone.horizon.${horizon}`);
}

export function ratingLabel(rating: Rating): string {
  return t(`milestone.rating.${rating}`);
}

export function milestonePairs(milestone: Milestone): [string, Cell][] {
  return [
    ['ID', milestone.id],
    [t('milestone.field.project'), milestone.project_id],
    [t('milestone.field.horizon'), horizonLabel(milestone.horizon)],
    [t('milestone.field.description'), milestone.description],
    [t('milestone.field.targetDate'), formatHumanDate(milestone.target_date)],
    [t('milestone.field.rating'), ratingLabel(milestone.rating)],
    [t('milestone.field.evidence'), milestone.evidence],
  ];
}

export function printMilestoneTable(out: Output, milestones: Milestone[]): void {
  out.table(
    ['ID', t('milestone.field.horizon'), t('milestone.field.description'), t('milestone.field.targetDate'), t('milestone.field.rating'), t('milestone.field.evidence')],
    milestones.map((m) => [m.id, horizonLabel(m.horizon), m.description, m.target_date, ratingLabel(m.rating), m.evidence]),
  );
}
