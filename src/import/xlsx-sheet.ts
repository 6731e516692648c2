// One worksheet of an .xlsx read as a stream of rows, in two passes over its compressed XML so that
// memory never depends on the sheet's size: pass 1 only collects the merged ranges (written after
// the cells, at the end of the part), pass 2 parses cells row by row and hands them out in batches.
// Formatted empty cells and rows cost a parse but no memory; a merged range gives its value to
// every cell it covers; a formula is read through its saved value, and one without a saved value,
// or whose saved value is an error (#N/A), is reported as such.
import { columnIndexOfBytes, formatNumber, parseCellRef, serialToIso } from './cell-format.js';
import { limitError, LIMITS, type CellIssue, type SheetRow } from './sheet-row.js';
import type { SharedStrings } from './shared-strings.js';
import type { NumberKind } from './xlsx-parts.js';
import { attr, attrStart, integerAt, xmlParser, type Attributes, type XmlParser } from './xml.js';
import type { ZipArchive, ZipEntry } from './zip.js';

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  value: string;
}

const BATCH = 1000;
const MERGE_REF = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g;

const MERGE_BYTES = Buffer.from('mergeCell');
/** Bytes carried from one piece to the next: longer than any `<mergeCell ref="…"` tag. */
const SEAM = 512;

/**
 * Pass 1: every merged range of the sheet, by first row. Only inflated: the bytes are searched for
 * `mergeCell` natively and decoded only where it occurs, so a sheet without merges costs its
 * inflate and nothing more.
 */
function readMerges(zip: ZipArchive, entry: ZipEntry, file: string): Map<number, Merge[]> {
  const byRow = new Map<number, Merge[]>();
  // The carried tail is searched again with the next chunk: a range found twice counts once.
  const seen = new Set<string>();
  let carry = Buffer.alloc(0);
  const reader = zip.openBytes(entry, (bytes) => {
    if (bytes.length === 0) return;
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Joined with the carried tail only where `mergeCell` occurs: the seam is searched on its own.
    const seam = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, SEAM)]) : chunk.subarray(0, 0);
    const found = chunk.indexOf(MERGE_BYTES) !== -1 || seam.indexOf(MERGE_BYTES) !== -1;
    const previous = carry;
    carry = Buffer.from(chunk.length >= SEAM ? chunk.subarray(chunk.length - SEAM) : Buffer.concat([carry, chunk]).subarray(-SEAM));
    if (!found) return;
    const text = Buffer.concat([previous, chunk]).toString('utf8');
    MERGE_REF.lastIndex = 0;
    for (let m = MERGE_REF.exec(text); m !== null; m = MERGE_REF.exec(text)) {
      if (seen.has(m[1]!)) continue;
      seen.add(m[1]!);
      const [from, to] = m[1]!.split(':');
      const a = parseCellRef(from ?? '');
      const b = parseCellRef(to ?? from ?? '');
      if (a.row === undefined || a.column === undefined || b.row === undefined || b.column === undefined) continue;
      if (seen.size > LIMITS.mergedRanges) throw limitError(file, 'mergedRanges');
      const merge = { r1: Math.min(a.row, b.row), c1: Math.min(a.column, b.column), r2: Math.max(a.row, b.row), c2: Math.max(a.column, b.column), value: '' };
      const list = byRow.get(merge.r1);
      if (list) list.push(merge);
      else byRow.set(merge.r1, [merge]);
    }
  });
  while (reader.pump());
  return byRow;
}

export interface SheetContext {
  file: string;
  shared: SharedStrings;
  styles: readonly NumberKind[];
  date1904: boolean;
}

/** Pass 2: the rows of the sheet, in batches, synchronously. */
export class XlsxSheetRows {
  private readonly queue: SheetRow[] = [];
  private readonly reader: { pump(): boolean };
  private readonly parser: XmlParser;
  private readonly merges: Map<number, Merge[]>;
  private active: Merge[] = [];
  private done = false;

  // Row and cell being read.
  private rowNumber = 0;
  private rowHidden = false;
  private cells: string[] = [];
  private numberCells: number[] | undefined;
  private issues: CellIssue[] | undefined;
  private column = -1;
  private type = '';
  private style = 0;
  private value = '';
  private formula: string | undefined;
  private inValue = false;
  private inFormula = false;
  private inInline = false;
  private inText = false;
  private phonetic = 0;

  constructor(
    zip: ZipArchive,
    entry: ZipEntry,
    private readonly context: SheetContext,
  ) {
    this.merges = readMerges(zip, entry, context.file);
    this.parser = xmlParser({
      open: (name, attributes, selfClosing) => this.openTag(name, attributes, selfClosing),
      text: (text) => this.addText(text),
      close: (name) => this.closeTag(name),
    });
    this.reader = zip.openBytes(entry, (bytes) => this.parser.writeBytes(bytes));
  }

  next(): SheetRow[] | undefined {
    while (!this.done && this.queue.length < BATCH) {
      if (!this.reader.pump()) {
        this.parser.close();
        this.done = true;
      }
    }
    if (this.queue.length === 0) return undefined;
    return this.queue.splice(0, this.queue.length);
  }

  close(): void {
    this.done = true;
  }

  private openTag(name: string, attributes: Attributes, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        // Read without a string in the common case (digits only), as Number() reads it otherwise.
        const at = attrStart(attributes, 'r');
        const digits = at === -1 ? Number.NaN : integerAt(attributes.bytes, at);
        const r = at === -1 || !Number.isNaN(digits) ? undefined : attr(attributes, 'r');
        this.rowNumber = at === -1 ? this.rowNumber + 1 : r === undefined ? digits : Number(r);
        if (!(this.rowNumber >= 1 && this.rowNumber <= LIMITS.rows)) throw limitError(this.context.file, 'rows', r ?? this.rowNumber);
        const hidden = attrStart(attributes, 'hidden') === -1 ? undefined : attr(attributes, 'hidden');
        this.rowHidden = hidden === '1' || hidden === 'true';
        this.column = -1;
        if (selfClosing) this.endRow();
        return;
      }
      case 'c': {
        const ref = attrStart(attributes, 'r');
        const column = ref === -1 ? -1 : columnIndexOfBytes(attributes.bytes, ref);
        this.column = column >= 0 ? column : this.column + 1;
        if (this.column >= LIMITS.columns) throw limitError(this.context.file, 'columns', `${this.rowNumber}`);
        // A self-closing cell has no value: formatted but empty, the bulk of a formatted sheet.
        if (selfClosing) return;
        this.type = attr(attributes, 't') ?? 'n';
        this.style = Number(attr(attributes, 's') ?? 0);
        this.value = '';
        this.formula = undefined;
        return;
      }
      case 'v':
        this.inValue = !selfClosing;
        return;
      case 'f':
        this.formula ??= '';
        this.inFormula = !selfClosing;
        return;
      case 'is':
        this.inInline = !selfClosing;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 't':
        this.inText = this.inInline && this.phonetic === 0 && !selfClosing;
        return;
    }
  }

  private addText(text: string): void {
    if (this.inValue || this.inText) {
      this.value += text;
      if (this.value.length > LIMITS.cellChars) throw limitError(this.context.file, 'cellChars', this.rowNumber);
    } else if (this.inFormula && this.formula !== undefined && this.formula.length < 200) this.formula += text;
  }

  private closeTag(name: string): void {
    switch (name) {
      case 'v':
        this.inValue = false;
        return;
      case 'f':
        this.inFormula = false;
        return;
      case 't':
        this.inText = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        this.endCell();
        return;
      case 'row':
        this.endRow();
        return;
    }
  }

  private endCell(): void {
    const column = this.column;
    const raw = this.value;
    let text = '';
    if (this.formula !== undefined && raw === '' && this.type !== 'inlineStr') {
      (this.issues ??= []).push({ column, kind: 'formulaNoValue', value: this.formula });
    } else if (this.type === 's') text = this.context.shared.get(Number(raw)) ?? '';
    else if (this.type === 'inlineStr' || this.type === 'str') text = raw;
    else if (this.type === 'b') text = raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
    else if (this.type === 'e') (this.issues ??= []).push({ column, kind: 'formulaError', value: raw });
    else if (this.type === 'd') text = raw.slice(0, 10);
    else if (raw !== '') {
      const n = Number(raw);
      const kind = this.context.styles[this.style] ?? 'general';
      if (Number.isNaN(n)) text = raw;
      else if (kind === 'date') text = serialToIso(n, this.context.date1904);
      else {
        text = formatNumber(n, kind === 'percent');
        (this.numberCells ??= []).push(column);
      }
    }
    if (text !== '') this.cells[column] = text;
  }

  private endRow(): void {
    const line = this.rowNumber;
    const starting = this.merges.get(line);
    if (starting) {
      for (const merge of starting) merge.value = this.cells[merge.c1] ?? '';
      this.active.push(...starting);
      this.merges.delete(line);
    }
    if (this.active.length > 0) {
      this.active = this.active.filter((m) => m.r2 >= line);
      for (const merge of this.active) {
        if (merge.value === '' || line < merge.r1) continue;
        for (let c = merge.c1; c <= merge.c2; c++) this.cells[c] = merge.value;
      }
    }
    const cells = this.cells;
    if (cells.length > 0 || this.issues) {
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
      const row: SheetRow = { line, cells };
      if (this.numberCells) row.numberCells = this.numberCells;
      if (this.issues) row.issues = this.issues;
      if (this.rowHidden) row.hidden = true;
      this.queue.push(row);
    }
    this.cells = [];
    this.numberCells = undefined;
    this.issues = undefined;
  }
}
