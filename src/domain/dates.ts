// Calendar dates as officers write them, turned into ISO `YYYY-MM-DD` strings.
// Plain arithmetic on year/month/day: an ISO string compares correctly as text, and nothing here
// depends on the machine's time zone except `todayIso`, which asks for the local calendar day on
// purpose (an officer in Makassar means their own today).
import { fail, ok } from './result.js';
import type { IsoDate, Result } from './types.js';

/** The years a record of this program can plausibly carry (the database checks the same range). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

const WEEKDAYS = /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/i;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the year, month and day name a day that exists (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a well-formed `YYYY-MM-DD` string naming a real day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function todayIso(date: Date): IsoDate {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** True when the ISO date lies after the local calendar day of `today`. */
export function isFuture(date: IsoDate, today: Date): boolean {
  return date > todayIso(today);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const toUtc = (iso: IsoDate): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

function checked(value: string, year: number, month: number, day: number): Result<IsoDate> {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail('domain.date.year_range', { value, year, min: MIN_YEAR, max: MAX_YEAR });
  }
  if (!isRealDate(year, month, day)) return fail('domain.date.impossible', { value });
  return ok(isoDate(year, month, day));
}

/**
 * Reads a date written as `2018-08-15`, `15/08/2018`, `15-08-2018`, `15.08.2018`, `15 Agustus 2018`,
 * `15 Agt 2018`, `Rabu, 15 Agustus 2018` or `August 15, 2018`. Numeric dates are day first, as
 * Indonesians write them. Impossible days (2018-02-30) are rejected, never rolled over.
 */
export function parseDate(input: string): Result<IsoDate> {
  const value = input.trim().replace(/\s+/g, ' ');
  if (value === '') return fail('domain.date.empty');
  // Excel writes a date cell into CSV with its time: `18/06/2024 0:00` (SPEC §6). Midnight is no part of the date.
  const timeless = value.replace(/ 0?0[:.]00(?:[:.]00)?$/, '');
  if (timeless !== value) return parseDate(timeless);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (m) return checked(value, Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(value);
  if (m) return checked(value, Number(m[4]), Number(m[3]), Number(m[1]));
  const words = value.replace(WEEKDAYS, '');
  m = /^(\d{1,2})[ -]([A-Za-z']+)\.?[ -],?\s*(\d{4})$/.exec(words);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase().replace("'", '')];
    if (month === undefined) return fail('domain.date.month_name', { value, month: m[2]! });
    return checked(value, Number(m[3]), month, Number(m[1]));
  }
  // `18-Jun-24`, Excel's default date in an English locale: a two-digit year is 2000–2099 up to
  // Excel's own pivot (29), 1930–1999 after it.
  m = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{2})$/.exec(words);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) return fail('domain.date.month_name', { value, month: m[2]! });
    const yy = Number(m[3]);
    return checked(value, yy <= 29 ? 2000 + yy : 1900 + yy, month, Number(m[1]));
  }
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(words);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month === undefined) return fail('domain.date.month_name', { value, month: m[1]! });
    return checked(value, Number(m[3]), month, Number(m[2]));
  }
  return fail('domain.date.format', { value });
}

// Serials 10000–99999 are 1927-05-18 … 2173-10-14: five digits, the only ones mistaken for dates.
const EXCEL_SERIAL = /^\d{5}(?:[.,]\d+)?$/;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An Excel date serial left in a CSV (`45461`, a date cell saved as General) → its date
 * (2024-06-18), or undefined when the text is not one. Callers say so with a warning (SPEC §6).
 */
export function excelSerialDate(input: string): IsoDate | undefined {
  const value = input.trim();
  if (!EXCEL_SERIAL.test(value)) return undefined;
  const d = new Date(SERIAL_EPOCH_MS + Math.floor(Number(value.replace(',', '.'))) * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Like parseDate, and the date may not lie after `today` (event dates, birth dates). */
export function parsePastDate(input: string, today: Date): Result<IsoDate> {
  const parsed = parseDate(input);
  if (!parsed.ok) return parsed;
  if (isFuture(parsed.value, today)) {
    return fail('domain.date.future', { value: input.trim(), date: parsed.value, today: todayIso(today) });
  }
  return parsed;
}
