// Rows below the header → mapped records, with the rules of SPEC §6 "Files as they really arrive":
// a section row ("KELOMPOK I", "Kelompok 2") sets the group of the rows below it; signature and
// footer rows after the last participant are passed over with a warning; a CSV row with more cells
// than the header is invalid (never silently shifted); a formula cell without a usable value is
// reported as such; a hidden row is imported with a warning; every cell loses one leading `'`
// (Excel's text marker, and proper's own neutralisation of formula-like text), and `-`, `–`, `—`,
// `N/A` mean "no value".
import { REQUIRED_FIELDS, type ColumnMapping, type Field, type ImportKind } from './header-map.js';
import type { SheetRow } from './sheet-row.js';

/** A problem or warning of one row; `key` is a message key of the catalogue. */
export interface RowNote {
  line: number;
  field: string;
  key: string;
  params: Record<string, string | number>;
}

/** Warnings kept for the report (all are counted). */
export class WarningLog {
  readonly list: RowNote[] = [];
  count = 0;
  constructor(private readonly keep = 1000) {}
  add(note: RowNote): void {
    this.count++;
    if (this.list.length < this.keep) this.list.push(note);
  }
}

export interface MappedRecord {
  /** Physical line where the record starts (title lines counted); the sheet row in a workbook. */
  line: number;
  /** Trimmed, non-empty cell values by field. */
  values: Partial<Record<Field, string>>;
  /** The record's cells as read, for the rejected-rows file. */
  raw: string[];
  /** The NIP cell of a workbook held a number of more than 15 digits: Excel has lost its last digits. */
  nipStoredAsNumber?: boolean;
  /** Problems found before validation (cell count, formula cells); the row is rejected. */
  problems?: RowNote[];
  /** The row cannot be read field by field (more cells than the header): only `problems` are reported. */
  unreadable?: boolean;
}

// "KELOMPOK I", "Kelompok 2", "Kel. III", "Group B": a row whose only text is this.
const SECTION = /^(?:kelompok|kel\.?|group|grup)\s*[:.]?\s*([ivxlcdm]+|\d{1,3}|[a-z])$/i;
const NO_VALUE = new Set(['-', '–', '—', '--', 'n/a', 'N/A', 'N/a', 'n/A', '#N/A']);
/** Footer-like rows held back while waiting to see whether a participant follows. */
const MAX_PENDING = 50;

// proper's CSV puts `'` before a formula-like piece after a separator (src/report/csv-cell.ts).
const NEUTRALISED_PIECE = /([,;\t\r\n])'([=+\-@])/g;

/**
 * A cell's text as the value the officer meant: trimmed, one leading `'` removed (Excel's text
 * marker, and proper's own neutralisation, whose inner `'` before a formula-like piece goes too),
 * and `-`, `–`, `—`, `N/A` empty.
 */
export function cellValue(cell: string | undefined): string {
  if (cell === undefined) return '';
  let value = cell.trim();
  if (value.charCodeAt(0) === 39) value = value.slice(1).trim();
  if (value.indexOf("'") !== -1) value = value.replace(NEUTRALISED_PIECE, '$1$2');
  return NO_VALUE.has(value) ? '' : value;
}

export class RowShaper {
  private readonly headerWidth: number;
  private readonly required: readonly Field[];
  private readonly groupColumn: boolean;
  private group: string | undefined;
  private pending: MappedRecord[] = [];

  constructor(
    header: readonly string[],
    private readonly columns: readonly ColumnMapping[],
    kind: ImportKind,
    private readonly checkWidth: boolean,
    private readonly warnings: WarningLog,
  ) {
    this.headerWidth = lastFilled(header) + 1;
    this.required = REQUIRED_FIELDS[kind];
    this.groupColumn = kind === 'participants';
  }

  /** The records of a batch of rows; footer-like rows may be held back until the next call or end(). */
  shape(rows: readonly SheetRow[]): MappedRecord[] {
    const out: MappedRecord[] = [];
    for (const row of rows) {
      const distinct = distinctTexts(row.cells);
      if (distinct.length === 0 && !row.issues) continue;
      if (distinct.length === 1) {
        const section = SECTION.exec(distinct[0]!);
        if (section) {
          this.group = section[1]!.toUpperCase();
          continue;
        }
      }
      const record = this.map(row);
      if (distinct.length <= 2 && !row.issues && this.required.some((f) => record.values[f] === undefined)) {
        if (this.pending.length < MAX_PENDING) {
          this.pending.push(record);
          continue;
        }
      }
      if (this.pending.length > 0) {
        out.push(...this.pending);
        this.pending = [];
      }
      out.push(record);
    }
    return out;
  }

  /** At the end of the rows: the held-back rows were the footer (signature, place and date). */
  end(): void {
    for (const record of this.pending) {
      const text = distinctTexts(record.raw).join(' ').slice(0, 80);
      this.warnings.add({ line: record.line, field: 'row', key: 'import.warning.footerSkipped', params: { text } });
    }
    this.pending = [];
  }

  private map(row: SheetRow): MappedRecord {
    const cells = row.cells;
    const values: Partial<Record<Field, string>> = {};
    const record: MappedRecord = { line: row.line, values, raw: cells };
    if (this.checkWidth) {
      const width = lastFilled(cells) + 1;
      if (width > this.headerWidth) {
        record.problems = [{ line: row.line, field: 'row', key: 'import.row.tooManyCells', params: { cells: width, header: this.headerWidth } }];
        record.unreadable = true;
        return record;
      }
    }
    for (let i = 0; i < this.columns.length; i++) {
      const { column, field } = this.columns[i]!;
      const value = cellValue(cells[column]);
      if (value === '') continue;
      values[field] = value;
      if (field === 'nip' && row.numberCells?.includes(column) && value.replace(/\D/g, '').length > 15) record.nipStoredAsNumber = true;
    }
    if (this.groupColumn && this.group !== undefined && values.group === undefined) values.group = this.group;
    if (row.issues) {
      for (const issue of row.issues) {
        const mapped = this.columns.find((c) => c.column === issue.column);
        if (!mapped) continue;
        delete values[mapped.field];
        const key = issue.kind === 'formulaError' ? 'import.row.formulaError' : 'import.row.formulaNoValue';
        (record.problems ??= []).push({ line: row.line, field: mapped.field, key, params: { value: issue.value } });
      }
    }
    if (row.hidden) this.warnings.add({ line: row.line, field: 'row', key: 'import.warning.hiddenRow', params: {} });
    return record;
  }
}

function lastFilled(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/** The row's distinct non-empty texts (a merged cell repeats one text across the row). */
function distinctTexts(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const text = cell.trim();
    if (text !== '' && !out.includes(text)) {
      out.push(text);
      if (out.length > 3) break;
    }
  }
  return out;
}
