import { describe, expect, it } from 'vitest';
import { runProper } from '../helpers/proper.js';

describe('proper --help', () => {
  for (const lang of ['id', 'en']) {
    it(`prints, from its build-time copy, exactly what the command tree renders (${lang})`, () => {
      const fast = runProper(['--lang', lang, '--help']);
      // Any other global option takes the ordinary path through commander.
      const rendered = runProper(['--lang', lang, '--no-color', '--help']);
      expect(fast.code).toBe(0);
      expect(rendered.code).toBe(0);
      expect(fast.stdout).toBe(rendered.stdout);
      expect(fast.stdout).toContain(lang === 'id' ? 'Perintah:' : 'Commands:');
      expect(fast.stdout).toContain('cohort|angkatan');
    });
  }

  it('prints the version alone', () => {
    const result = runProper(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('a command group named without its subcommand', () => {
  it('shows the group help on stderr and exits 2, with no other message', () => {
    const result = runProper(['cohort']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cohort|angkatan');
    expect(result.stderr).not.toContain('outputHelp');
  });
});
