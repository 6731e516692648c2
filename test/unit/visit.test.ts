import { describe, expect, it } from 'vitest';
import { isPlannedVisit } from '../../src/domain/visit.js';

describe('isPlannedVisit', () => {
  it('is planned only while its day is after today', () => {
    expect(isPlannedVisit('2018-09-03', '2018-08-15')).toBe(true);
    expect(isPlannedVisit('2018-08-15', '2018-08-15')).toBe(false);
    expect(isPlannedVisit('2018-08-01', '2018-08-15')).toBe(false);
  });
});
