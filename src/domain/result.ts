// Small constructors for Result<T>, so rules read as `return fail('domain.nip.length', {...})`
// instead of spelling out the object shape each time.
import type { Problem, Result } from './types.js';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(key: string, params: Problem['params'] = {}): Result<T> {
  return { ok: false, problem: { key, params } };
}
