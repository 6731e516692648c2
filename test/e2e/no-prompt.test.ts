// Without a terminal, with --no-input, or with CI set, proper never asks: a missing value is a
// usage error (exit 2) that names what to pass, at once. stdin is left open here, so a prompt
// waiting for an answer would show up as a timeout instead of passing by accident.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, properWith, tempDb } from '../helpers/proper.js';

const BUDI = '198203152008011004';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs proper with stdin an open pipe that never sends anything, and stdout a pipe. */
function runOpenStdin(args: string[], env: Record<string, string | undefined>): Promise<Outcome> {
  const childEnv: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', PROPER_LANG: undefined, CI: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: projectRoot, env: childEnv as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`proper ${args.join(' ')} waited for input (killed after 5 s). stderr: ${stderr}`));
    }, 5_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

describe('no prompt without a terminal', () => {
  let temp: ReturnType<typeof tempDb>;

  beforeAll(() => {
    temp = tempDb();
    const proper = properWith(temp.db, { PROPER_TODAY: '2018-10-24' });
    proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', 'XXII', '--year', '2018']);
    proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi Santoso']);
    proper(['lokus', 'add', 'sby-dpmptsp', '--name', 'DPMPTSP Kota Surabaya']);
    proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2018-08-15']);
    proper(['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', 'Si-Surat', '--date', '2018-08-01']);
    proper(['project', 'move', '1', '--to', 'presentasi', '--date', '2018-10-01', '--score', '88']);
    proper(['milestone', 'add', '1', '--horizon', 'short', '--description', 'Aplikasi dipakai satu bagian']);
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

  const modes: [label: string, extraArgs: string[], env: Record<string, string | undefined>][] = [
    ['stdin not a terminal', [], {}],
    ['--no-input', ['--no-input'], {}],
    ['CI=true', [], { CI: 'true' }],
  ];

  for (const [mode, extraArgs, env] of modes) {
    for (const [args, name] of missing) {
      it(`${args.join(' ')} exits 2 at once naming ${name} (${mode})`, async () => {
        const result = await runOpenStdin(['--db', temp.db, ...extraArgs, ...args], env);
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toContain(name);
        expect(result.stdout).toBe('');
        // Node starts in about 0.2 s; the margin is for a loaded machine, not for waiting.
        expect(result.ms).toBeLessThan(1_500);
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
    it(`${args.slice(0, 2).join(' ')} needs --yes without a terminal and changes nothing`, async () => {
      const before = await runOpenStdin(['--db', temp.db, 'project', 'show', '1', '--json'], {});
      const result = await runOpenStdin(['--db', temp.db, ...args], {});
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('--yes');
      expect(result.ms).toBeLessThan(1_500);
      const after = await runOpenStdin(['--db', temp.db, 'project', 'show', '1', '--json'], {});
      expect(after.stdout).toBe(before.stdout);
    });
  }

  it('refuses a move back without --reason at once, by the stage rule (exit 3), without asking', async () => {
    for (const extra of [[], ['--no-input']]) {
      const result = await runOpenStdin(['--db', temp.db, ...extra, 'project', 'move', '1', '--to', 'ide'], {});
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('--reason');
      expect(result.ms).toBeLessThan(1_500);
    }
  });

  it('says the same in English', async () => {
    const result = await runOpenStdin(['--db', temp.db, '--lang', 'en', 'visit', 'add', '--cohort', 'pim4-xxii-2018'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lokus is required. Pass --lokus VALUE');
  });
});
