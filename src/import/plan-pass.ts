// Pass 1 of the imports that plan before they write (projects, follow-up checks): every record of
// the file is planned; a record with problems is rejected — counted, its first problems kept, the
// row handed to the rejected-rows file — and the plans of the others are returned.
import { recordRejection, type RowError, type ValidateOptions, type ValidationOutcome } from './participants.js';
import type { MappedRecord } from './row-shape.js';
import type { ImportSource } from './source.js';
import { inTurns } from './turns.js';

export interface PlanPassOptions extends Pick<ValidateOptions, 'keep' | 'rejected' | 'describe'> {
  /** Aborted by Ctrl-C: the pass stops at the next batch (the caller rolls back). */
  signal?: AbortSignal | undefined;
  /** The file, for the interruption's message. */
  file: string;
}

/**
 * Plans each record with `plan`, which pushes the record's problems and warnings and returns its
 * plan (or null). A plan without problems is kept and its warnings added to the source's; any
 * problem rejects the row. Throws InterruptedError (exit 130) once `options.signal` is aborted.
 */
export async function planEveryRecord<P>(
  source: ImportSource,
  options: PlanPassOptions,
  plan: (record: MappedRecord, problems: RowError[], warnings: RowError[]) => P | null,
): Promise<{ outcome: ValidationOutcome; plans: P[] }> {
  const outcome: ValidationOutcome = { rows: 0, valid: 0, rejected: 0, errors: [], errorCount: 0 };
  const plans: P[] = [];
  for await (const batch of inTurns(source.records, options.signal, options.file)) {
    for (const record of batch) {
      outcome.rows++;
      const problems: RowError[] = [];
      const warnings: RowError[] = [];
      const planned = plan(record, problems, warnings);
      if (planned !== null && problems.length === 0) {
        for (const warning of warnings) source.warnings.add(warning);
        plans.push(planned);
        outcome.valid++;
      } else recordRejection(outcome, problems, record.raw, options);
    }
  }
  return { outcome, plans };
}
