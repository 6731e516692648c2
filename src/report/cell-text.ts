// A cell as text: for people (table, md, html) and for the csv file.
import type { CsvValue } from './csv-cell.js';
import type { Cell } from './document.js';
import { humanNumber, humanPercent, longDate, shortDate } from './labels.js';

/** Enough fraction digits to show any recorded score or mean exactly. */
const EXACT_DIGITS = 10;

/** The cell as a reader sees it: localised dates and numbers, lists joined with commas. */
export function humanCell(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value ?? '';
    case 'number':
      // Exactly as recorded: a score of 92,25 is official and never rounded (SPEC §8).
      return humanNumber(cell.value, EXACT_DIGITS);
    case 'date':
      return cell.style === 'long' ? longDate(cell.value) : shortDate(cell.value);
    case 'nip':
      return cell.value;
    case 'percent':
      return humanPercent(cell.part, cell.whole);
    case 'list':
      return cell.value.join(', ');
  }
}

/** The cell for a csv file: ISO dates, plain numbers with a decimal point, lists joined with "; ". */
export function csvCell(cell: Cell): CsvValue {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return cell.value;
    case 'date':
      return cell.value;
    case 'nip':
      return cell.value;
    case 'percent':
      return cell.whole === 0 ? null : `${Math.round((cell.part / cell.whole) * 100)}%`;
    case 'list':
      return cell.value.join('; ');
  }
}
