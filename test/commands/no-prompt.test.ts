// Without a terminal, with --no-input, or with CI set, proper never asks: a missing value is a
// usage error (exit 2) that names what to pass. stdin is left open and silent here, so a prompt
// waiting for an answer would hang the test (and fail it by its timeout) instead of passing by
// accident; with --no-input and CI both stdin and stdout are terminals, so only the flag or the
// variable stands between the command and a prompt. test/e2e/no-prompt.test.ts checks the same
// across a real process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOptions, properIn, tempDb } from '../helpers/run.js';

const BUDI = '198203152008011004';

describe('no prompt without a terminal', () => {
  const temp = tempDb();
  const proper = properIn(temp.db, { today: '2018-10-24' });

  beforeAll(async () => {
    for (const args of [
      ['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', 'XXII', '--year', '2018'],
      ['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi Santoso'],
      ['lokus', 'add', 'sby-dpmptsp', '--name', 'DPMPTSP Kota Surabaya'],
      ['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2018-08-15'],
      ['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', 'Si-Surat', '--date', '2018-08-01'],
      ['project', 'move', '1', '--to', 'presentasi', '--date', '2018-10-01', '--score', '88'],
      ['milestone', 'add', '1', '--horizon', 'short', '--description', 'Aplikasi dipakai satu bagian'],
    ]) {
      const result = await proper(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
  });
  afterAll(() => temp.cleanup());

  // Each command with a required value left out, and the flag (or argument) the error must name.
  const missing: [args: string[], names: string][] = [
    [['cohort', 'add'], 'CODE'],
    [['cohort', 'add', 'pkp-i-2024', '--number', '1', '--year', '2024'], '--program'],
    [['participant', 'add'], 'NIP'],
    [['participant', 'add', '198507212010012003', '--cohort', 'pim4-xxii-2018'], '--name'],
    [['project', 'add'], '--cohort'],
    [['project', 'add', '--cohort', 'pim4-xxii-2018', '--title', 'X'], '--nip'],
    [['project', 'add', '--cohort', 'pim4-xxii-2018', '--nip', BUDI], '--title'],
    [['project', 'advance'], 'PROJECT'],
    [['project', 'advance', '1'], '--by'],
    [['project', 'advance', '1', '--by', 'Setda Kota Medan'], '--kind'],
    [['project', 'adopt', '1', '--kind', 'replikasi'], '--by'],
    [['project', 'drop', '1'], '--reason'],
    [['visit', 'add'], '--cohort'],
    [['visit', 'add', '--cohort', 'pim4-xxii-2018', '--date', '2018-08-16'], '--lokus'],
    [['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp'], '--date'],
  ];

  const silent: InProcessOptions = { openStdin: true };
  const modes: [label: string, extraArgs: string[], options: InProcessOptions][] = [
    ['stdin not a terminal', [], { ...silent, stdinTTY: false, stdoutTTY: true }],
    ['--no-input at a terminal', ['--no-input'], { ...silent, stdinTTY: true, stdoutTTY: true }],
    ['CI=true at a terminal', [], { ...silent, stdinTTY: true, stdoutTTY: true, env: { CI: 'true' } }],
  ];

  for (const [mode, extraArgs, options] of modes) {
    for (const [args, name] of missing) {
      it(`${args.join(' ')} exits 2 naming ${name} (${mode})`, { timeout: 10_000 }, async () => {
        const result = await proper([...extraArgs, ...args], options);
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toContain(name);
        expect(result.stdout).toBe('');
      });
    }
  }

  const destructive: string[][] = [
    ['cohort', 'remove', 'pim4-xxii-2018', '--force'],
    ['participant', 'remove', BUDI, '--force'],
    ['lokus', 'remove', 'sby-dpmptsp', '--force'],
    ['visit', 'remove', '1'],
    ['milestone', 'remove', '1'],
  ];

  for (const args of destructive) {
    it(`${args.slice(0, 2).join(' ')} needs --yes without a terminal and changes nothing`, { timeout: 10_000 }, async () => {
      const before = await proper(['project', 'show', '1', '--json']);
      const result = await proper(args, silent);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('--yes');
      const after = await proper(['project', 'show', '1', '--json']);
      expect(after.stdout).toBe(before.stdout);
    });
  }

  it('refuses a move back without --reason by the stage rule (exit 3), without asking', { timeout: 10_000 }, async () => {
    for (const extra of [[], ['--no-input']]) {
      const result = await proper([...extra, 'project', 'move', '1', '--to', 'ide'], silent);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('--reason');
    }
  });

  it('says the same in English', async () => {
    const result = await proper(['--lang', 'en', 'visit', 'add', '--cohort', 'pim4-xxii-2018'], silent);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lokus is required. Pass --lokus VALUE');
  });
});
