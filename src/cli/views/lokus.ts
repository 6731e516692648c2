// How a lokus looks to a person at the terminal.
import type { Lokus } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { Cell, Output } from '../output.js';

export function lokusPairs(lokus: Lokus): [string, Cell][] {
  return [
    [t('lokus.field.id'), lokus.id],
    [t('lokus.field.code'), lokus.code],
    [t('lokus.field.name'), lokus.name],
    [t('lokus.field.agency'), lokus.agency],
    [t('lokus.field.city'), lokus.city],
    [t('lokus.field.province'), lokus.province],
    [t('lokus.field.innovations'), lokus.innovations.length > 0 ? lokus.innovations.join(', ') : null],
  ];
}

export function printLokusTable(out: Output, lokus: Lokus[]): void {
  out.table(
    [t('lokus.field.id'), t('lokus.field.code'), t('lokus.field.name'), t('lokus.field.city'), t('lokus.field.province'), t('lokus.field.innovations')],
    lokus.map((l) => [l.id, l.code, l.name, l.city, l.province, l.innovations.join(', ')]),
  );
}

/** A lokus as one line of a list to pick from: code, name and city. */
export function lokusChoice(lokus: Lokus): { value: string; name: string } {
  const place = lokus.city ? ` (${lokus.city})` : '';
  return { value: lokus.code, name: `${lokus.code} — ${lokus.name}${place}` };
}
