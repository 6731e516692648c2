// Numbers as a spreadsheet shows them: 15 significant digits (Excel keeps no more), percentages,
// and date serials as YYYY-MM-DD. Shared by the .xlsx, .xls and .ods readers.

/** A number as Excel displays it in a General cell; `percent` multiplies by 100 and adds %. */
export function formatNumber(n: number, percent = false): string {
  if (!Number.isFinite(n)) return String(n);
  const value = percent ? n * 100 : n;
  // Whole numbers below 10^15 read the same either way; String() is some 100× cheaper than
  // formatting (a sheet of 100,000 numeric cells took 8 s of CPU when every one was formatted).
  const text = Number.isSafeInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0) ? String(value) : fifteenDigits().format(value);
  return percent ? `${text}%` : text;
}

let formatter: Intl.NumberFormat | undefined;
/** Excel's display precision: 15 significant digits, no grouping. Made once, when first needed. */
function fifteenDigits(): Intl.NumberFormat {
  return (formatter ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 }));
}

const DAY_MS = 86_400_000;
// Serial 25569 is 1970-01-01 in the 1900 system (which counts Lotus's phantom 1900-02-29).
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/**
 * An Excel date serial (days, with the time as a fraction) → `YYYY-MM-DD`; the time part is
 * dropped. `date1904` for workbooks that count from 1904. Serials before 1900-03-01 are read as
 * Excel shows them except the phantom 29 February 1900.
 */
export function serialToIso(serial: number, date1904 = false): string {
  const days = Math.floor(serial + 1e-9);
  const ms = (days - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `A` → 0, `AB` → 27 (letters read from `from` on, up to the first other character); -1 when there are none. */
export function columnIndex(letters: string, from = 0): number {
  let n = 0;
  for (let i = from; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/** columnIndex() of the letters starting at `from` in UTF-8 bytes (a cell reference's `r`, read without a string). */
export function columnIndexOfBytes(bytes: Uint8Array, from: number): number {
  let n = 0;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/** `B12` → { row: 12, column: 1 } (1-based row, 0-based column); undefined parts when absent. */
export function parseCellRef(ref: string): { row: number | undefined; column: number | undefined } {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(ref);
  if (!m) return { row: undefined, column: undefined };
  return { column: m[1] === undefined ? undefined : columnIndex(m[1]), row: m[2] === undefined ? undefined : Number(m[2]) };
}
