import { describe, expect, it } from 'vitest';
import { ideaBeforeCohortStart } from '../../src/domain/project-dates.js';

describe('ideaBeforeCohortStart', () => {
  it('is true only for an idea dated before a known start', () => {
    expect(ideaBeforeCohortStart('2018-07-01', '2018-07-02')).toBe(true);
    expect(ideaBeforeCohortStart('2018-07-02', '2018-07-02')).toBe(false);
    expect(ideaBeforeCohortStart('2018-08-01', '2018-07-02')).toBe(false);
    expect(ideaBeforeCohortStart('2001-01-01', null)).toBe(false);
  });
});
