// Report cells as spreadsheet cells: the value a spreadsheet user expects (NIPs as text, real
// dates, empty cells empty, formula-like text neutralised) and a style object shared by every cell
// that looks alike. exceljs recognises a style object it has seen (a WeakMap) and skips serialising
// it again; a style made per cell cost more than half of the writer's time on a cohort of 10,000
// (bench/README.md, "report lokus and the report formats"). So a cell's style is set once, whole,
// from styleOf(), and never changed afterwards through cell.font or the like (that would change
// every cell sharing it).
import type { Cell as SheetCell, Style } from 'exceljs';
import { currentLanguage } from '../i18n/index.js';
import { neutraliseCell } from './csv-cell.js';
import type { Cell } from './document.js';

export const HEADER_FILL = 'FF1F3A5F';

/** How a cell looks besides its number format. */
export type Look = 'plain' | 'bold' | 'wrap' | 'left' | 'header' | 'title' | 'subtitle' | 'heading';

const LOOKS: Record<Look, Partial<Style>> = {
  plain: {},
  bold: { font: { bold: true } },
  wrap: { alignment: { wrapText: true, vertical: 'top' } },
  left: { alignment: { horizontal: 'left' } },
  header: {
    font: { bold: true, color: { argb: 'FFFFFFFF' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
    alignment: { vertical: 'middle', wrapText: true },
  },
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  heading: { font: { bold: true, size: 12, color: { argb: HEADER_FILL } } },
};

const styles = new Map<string, Partial<Style>>();

/** The one style object of a look and a number format (none: ''). */
export function styleOf(look: Look, numFmt = ''): Partial<Style> {
  const key = `${look}\u0000${numFmt}`;
  let style = styles.get(key);
  if (!style) {
    style = { ...LOOKS[look], ...(numFmt ? { numFmt } : {}) };
    styles.set(key, style);
  }
  return style;
}

/** Excel's own locale code in the format, so Excel writes "Rabu, 15 Agustus 2018" itself. */
function localeCode(): string {
  return currentLanguage() === 'en' ? '[$-809]' : '[$-421]';
}

export function dateFormat(style: 'long' | 'short' | 'time'): string {
  if (style === 'time') return `${localeCode()}d mmmm yyyy hh:mm`;
  return style === 'long' ? `${localeCode()}dddd, d mmmm yyyy` : `${localeCode()}d mmm yyyy`;
}

function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** The spreadsheet value of a report cell, and its number format ('' for none). */
function valueOf(cell: Cell): { value: SheetCell['value']; numFmt: string } {
  switch (cell.kind) {
    case 'text':
      // An empty text is an empty cell, not a cell holding "" (which Excel counts as filled).
      return { value: cell.value === null || cell.value === '' ? null : neutraliseCell(cell.value), numFmt: '' };
    case 'number':
      return { value: cell.value, numFmt: '' };
    case 'date': {
      const date = cell.value === null ? null : isoToDate(cell.value);
      if (date) return { value: date, numFmt: dateFormat(cell.style) };
      return { value: cell.value === null ? null : neutraliseCell(cell.value), numFmt: '' };
    }
    case 'nip':
      return { value: neutraliseCell(cell.value), numFmt: '@' };
    case 'percent':
      return { value: cell.whole === 0 ? null : cell.part / cell.whole, numFmt: '0%' };
    case 'list':
      return { value: cell.value.length === 0 ? null : neutraliseCell(cell.value.join(', ')), numFmt: '' };
  }
}

/** Writes one report cell into a sheet cell, with the shared style of `look` and its format. */
export function writeCell(target: SheetCell, cell: Cell, look: Look = 'plain'): void {
  const { value, numFmt } = valueOf(cell);
  target.value = value;
  target.style = styleOf(look, numFmt);
}
