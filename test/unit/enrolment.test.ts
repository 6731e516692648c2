import { describe, expect, it } from 'vitest';
import { parseEnrolmentStatus } from '../../src/domain/enrolment.js';

describe('parseEnrolmentStatus', () => {
  it.each([
    ['active', 'active'], ['Aktif', 'active'], ['passed', 'passed'], ['LULUS', 'passed'], ['failed', 'failed'],
    ['tidak lulus', 'failed'], ['Tidak Lulus', 'failed'], ['withdrawn', 'withdrawn'], ['mengundurkan diri', 'withdrawn'],
  ])('reads "%s" as %s', (input, status) => {
    expect(parseEnrolmentStatus(input)).toEqual({ ok: true, value: status });
  });

  it('rejects an unknown status', () => {
    expect(parseEnrolmentStatus('cuti')).toMatchObject({ ok: false, problem: { key: 'domain.enrolment.status_unknown', params: { value: 'cuti' } } });
  });
});
