// The gate for text coming in (SPEC §4): every field, from a command or an import, is normalised
// to Unicode NFC and trimmed, refused when it holds control characters (C0, DEL, C1: ESC among
// them) — except tab and line breaks in free text — and bounded in length. Codes (cohort, lokus)
// are plain ASCII so that look-alikes cannot sit beside each other, and kept in lower case.
import { fail, ok } from './result.js';
import type { Result } from './types.js';

/** What a field holds, which decides its length limit and whether it may span lines. */
export type TextKind = 'name' | 'code' | 'title' | 'free';

/** Characters at most (SPEC §4): names and codes 200, titles 300, descriptions, notes and evidence 5,000. */
export const TEXT_LIMITS: Readonly<Record<TextKind, number>> = { name: 200, code: 200, title: 300, free: 5000 };

/** True for a C0 control, DEL or a C1 control (U+0000–U+001F, U+007F–U+009F). */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/** "U+001B": how a refused character is named in a message (it cannot be shown as it is). */
export function codePointName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text as stored: NFC, trimmed, line breaks as `\n`; null when blank. Fails with
 * `domain.text.control` ({ character: 'U+001B', position }) or `domain.text.too_long` ({ max, length }).
 * Only free text keeps tab and line breaks.
 */
export function readText(input: string, kind: TextKind = 'name'): Result<string | null> {
  let text = input;
  // Most input is printable ASCII, already in NFC: skip the normalisation for it.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) {
      text = text.normalize('NFC');
      break;
    }
  }
  text = kind === 'free' ? text.replace(/\r\n?/g, '\n').trim() : text.trim();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) && !(kind === 'free' && (c === 0x09 || c === 0x0a))) {
      return fail('domain.text.control', { character: codePointName(c), position: i + 1 });
    }
  }
  if (text === '') return ok(null);
  const max = TEXT_LIMITS[kind];
  // Counted in characters (code points), not UTF-16 units: an emoji is one.
  if (text.length > max) {
    const length = [...text].length;
    if (length > max) return fail('domain.text.too_long', { max, length });
  }
  return ok(text);
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * A cohort or lokus code: ASCII letters, digits, `.`, `_`, `-` (starting with a letter or digit),
 * at most 200, returned in lower case. `pim４-xxii-2018` (a full-width digit) and `рim4-…` (a
 * Cyrillic р) fail with `domain.code.invalid` ({ code, character }).
 */
export function parseCode(input: string): Result<string> {
  const text = readText(input, 'code');
  if (!text.ok) return text;
  const code = text.value ?? '';
  if (!CODE.test(code)) {
    // The first character at fault: one outside the set, or a leading `.`, `_`, `-` (or nothing at all).
    const bad = [...code].find((ch) => !/[A-Za-z0-9._-]/.test(ch)) ?? code.charAt(0);
    return fail('domain.code.invalid', { code, character: bad === '' ? '""' : `"${bad}" (${codePointName(bad.codePointAt(0)!)})` });
  }
  return ok(code.toLowerCase());
}

/** A year as a cohort or a filter gives it: four digits, 1900–2200. Fails with `domain.year.invalid` ({ value }). */
export function parseYear(input: string): Result<number> {
  const value = input.trim();
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1900 || year > 2200) return fail('domain.year.invalid', { value });
  return ok(year);
}
