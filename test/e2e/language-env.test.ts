import { describe, expect, it } from 'vitest';
import { runProper } from '../helpers/proper.js';

describe('PROPER_LANG', () => {
  it('names a value it does not know (exit 2) instead of silently speaking Indonesian; --lang wins', () => {
    const wrong = runProper(['cohort', 'list'], { env: { PROPER_LANG: 'english' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('PROPER_LANG="english"');
    expect(runProper(['--lang', 'en', '--help'], { env: { PROPER_LANG: 'english' } }).code).toBe(0);
  });
});
