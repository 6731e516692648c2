// The qualification (kualifikasi kelulusan) derived from a final score. The bands and the pass
// mark are settings kept in the database per program (SPEC §7), because the regulation's exact
// values could not be confirmed; their defaults are data, in data/defaults.json (the one source).
import { fail, ok } from './result.js';
import { parseSimilarityWarn, SIMILARITY_WARN_KEY } from './similarity.js';
import type { Program, Result } from './types.js';
import { PROGRAMS } from './types.js';

export const PREDICATES = ['Sangat Memuaskan', 'Memuaskan', 'Cukup Memuaskan', 'Kurang Memuaskan', 'Tidak Memuaskan'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Four strictly descending lower bounds: a score above bands[0] is Sangat Memuaskan, and so on. */
export type Bands = readonly [number, number, number, number];

export function bandsKey(program: Program): string {
  return `bands.${program}`;
}

export function passMarkKey(program: Program): string {
  return `pass_mark.${program}`;
}

export function formatBands(bands: Bands): string {
  return bands.join(',');
}

/**
 * Who signs the html report (its signature block), settings `report.signatory.FIELD`: the place
 * written before the date, the position, the name and the NIP of the head of the training centre;
 * free text, empty until set with `proper config set`.
 */
const SIGNATORY_KEY = /^report\.signatory\.(place|position|name|nip)$/;

/** The predicate of a score: strictly above a bound earns its band; at or below the last, Tidak Memuaskan. */
export function predicateFor(score: number, bands: Bands): Predicate {
  for (let i = 0; i < bands.length; i++) {
    if (score > bands[i]!) return PREDICATES[i]!;
  }
  return 'Tidak Memuaskan';
}

/** True when the score reaches the pass mark (a score equal to it passes). */
export function passes(score: number, passMark: number): boolean {
  return score >= passMark;
}

/** A number 0–100 written with a dot or a comma as decimal mark ("85,5"), or already a number. */
function readPercent(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  const text = input.trim();
  if (!/^\d{1,3}([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** Reads a final score, 0–100, with a dot or comma as decimal mark. */
export function parseScore(input: string | number): Result<number> {
  const value = String(input).trim();
  const score = readPercent(input);
  if (score === undefined) return fail('domain.score.not_number', { value });
  if (score < 0 || score > 100) return fail('domain.score.range', { value });
  return ok(score);
}

/** Reads a pass mark, 0–100, like a score. */
export function parsePassMark(input: string | number): Result<number> {
  const value = String(input).trim();
  const mark = readPercent(input);
  if (mark === undefined || mark < 0 || mark > 100) return fail('domain.pass_mark.invalid', { value });
  return ok(mark);
}

/** Reads bands as "90,80,70,60" (commas, semicolons or spaces between; a dot for decimals). */
export function parseBands(input: string): Result<Bands> {
  const value = input.trim();
  const parts = value.split(/\s*[,;]\s*|\s+/).filter((p) => p !== '');
  if (parts.length !== 4) return fail('domain.bands.count', { value, count: parts.length });
  const numbers: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}(\.\d+)?$/.test(part)) return fail('domain.bands.number', { value, part });
    const n = Number(part);
    if (n > 100) return fail('domain.bands.range', { value, part });
    numbers.push(n);
  }
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i]! >= numbers[i - 1]!) return fail('domain.bands.order', { value });
  }
  return ok(numbers as unknown as Bands);
}

/**
 * Checks a setting before `config set` stores it: the key must be `bands.PROGRAM` or
 * `pass_mark.PROGRAM`, and the value valid for it. Returns the value in canonical form.
 */
export function parseSetting(key: string, value: string): Result<string> {
  if (key.trim() === SIMILARITY_WARN_KEY) return parseSimilarityWarn(value);
  if (SIGNATORY_KEY.test(key.trim())) return ok(value.trim());
  const m = /^(bands|pass_mark)\.([a-z0-9]+)$/.exec(key.trim());
  if (!m || !(PROGRAMS as readonly string[]).includes(m[2]!)) {
    return fail('domain.setting.unknown_key', { key: key.trim(), programs: PROGRAMS.join(', ') });
  }
  if (m[1] === 'bands') {
    const bands = parseBands(value);
    return bands.ok ? ok(formatBands(bands.value)) : bands;
  }
  const mark = parsePassMark(value);
  return mark.ok ? ok(String(mark.value)) : mark;
}
