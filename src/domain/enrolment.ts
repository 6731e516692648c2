// A participant's standing in a cohort.
import { aliasTable, lookupAlias } from './aliases.js';
import { fail, ok } from './result.js';
import type { EnrolmentStatus, Result } from './types.js';
import { ENROLMENT_STATUSES } from './types.js';

const STATUS_WORDS = aliasTable<EnrolmentStatus>({
  active: ['aktif', 'peserta', 'sedang mengikuti'],
  passed: ['lulus', 'pass'],
  failed: ['tidak lulus', 'belum lulus', 'gagal', 'fail'],
  withdrawn: ['mengundurkan diri', 'mundur', 'keluar', 'withdraw', 'undur diri'],
});

/** Reads an enrolment status: active/passed/failed/withdrawn, aktif/lulus/tidak lulus/mengundurkan diri. */
export function parseEnrolmentStatus(input: string): Result<EnrolmentStatus> {
  const status = lookupAlias(STATUS_WORDS, input);
  if (status === undefined) {
    return fail('domain.enrolment.status_unknown', { value: input.trim(), known: ENROLMENT_STATUSES.join(', ') });
  }
  return ok(status);
}
