// A project's IKM before and after (SPEC §11), set with `project edit --ikm-before/--ikm-after`.
import { parseIkm } from '../domain/ikm.js';
import { setIkmAfter, setIkmBefore } from '../db/followups.js';
import type { Db } from '../db/open.js';
import { optional } from './validate.js';

export interface IkmInput {
  ikmBefore?: string | undefined;
  ikmAfter?: string | undefined;
}

/** undefined leaves a value as it is; null clears it. */
export interface IkmChange {
  before: number | null | undefined;
  after: number | null | undefined;
}

/** Reads --ikm-before and --ikm-after (25–100; empty clears); a bad value is invalid data (3). */
export function ikmChange(input: IkmInput): IkmChange {
  return { before: optional(input.ikmBefore, '--ikm-before', parseIkm), after: optional(input.ikmAfter, '--ikm-after', parseIkm) };
}

/** Applies an IKM change to a project; call inside the edit's transaction. */
export function applyIkmChange(db: Db, projectId: number, change: IkmChange): void {
  if (change.before !== undefined) setIkmBefore(db, projectId, change.before);
  if (change.after !== undefined) setIkmAfter(db, projectId, change.after);
}
