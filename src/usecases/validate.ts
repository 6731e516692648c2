// Turning a domain rule's verdict into a value or an invalid-data error that names the field.
import type { TextKind } from '../domain/text.js';
import { parseYear as parseYearText, readText } from '../domain/text.js';
import type { Result } from '../domain/types.js';
import { InvalidDataError, UsageError } from '../errors.js';

/** The value of a rule's result, or an InvalidDataError naming `field` (an option such as --year). */
export function valueOf<T>(result: Result<T>, field: string): T {
  if (result.ok) return result.value;
  throw new InvalidDataError(result.problem.key, { ...result.problem.params, field });
}

/** Parses an optional input: undefined stays undefined (unchanged), '' becomes null (cleared). */
export function optional<T>(input: string | undefined, field: string, parse: (value: string) => Result<T>): T | null | undefined {
  if (input === undefined) return undefined;
  if (input.trim() === '') return null;
  return valueOf(parse(input), field);
}

/**
 * Text from an option through the domain's gate (NFC, trimmed, no control characters, bounded:
 * src/domain/text.ts); undefined stays undefined (unchanged), blank becomes null (cleared).
 * InvalidDataError naming `field` when the text is refused.
 */
export function text(input: string | undefined, field: string, kind: TextKind = 'name'): string | null | undefined {
  if (input === undefined) return undefined;
  return valueOf(readText(input, kind), field);
}

/** A year option (`year` of a cohort or a filter) through the domain's rule; InvalidDataError naming `field`. */
export function parseYear(input: string, field = 'year'): number {
  return valueOf(parseYearText(input), field);
}

/** A whole number of at least `min` from an option such as --top; anything else is malformed (2). */
export function parseCount(input: string | undefined, flag: string, min: number, example: number): number | undefined {
  if (input === undefined) return undefined;
  const text = input.trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError('reportcli.error.notCount', { value: input, flag, min, example });
  }
  return value;
}
