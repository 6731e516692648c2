// Across a real process: with stdin an open pipe that never sends anything, proper never waits
// for it. A missing value is a usage error (exit 2) that names what to pass; a destructive command
// needs --yes. A prompt waiting for an answer would show up as the kill below, never as a pass.
// Every command and mode is covered in-process by test/commands/no-prompt.test.ts.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, properWith, tempDb } from '../helpers/proper.js';

const BUDI = '198203152008011004';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  }

/** Runs proper with stdin an open pipe that never sends anything, and stdout a pipe. */
function runOpenStdin(args: string[], env: Record<string, string | undefined>): Promise<Outcome> {
  const childEnv: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', PROPER_LANG: undefined, CI: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: projectRoot, env: childEnv as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`proper ${args.join(' ')} waited for input (killed after 20 s). stderr: ${stderr}`));
    }, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
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

  it('names the missing value and exits 2, for no terminal, --no-input and CI alike', async () => {
    for (const [extra, env] of [[[], {}], [['--no-input'], {}], [[], { CI: 'true' }]] as const) {
      const result = await runOpenStdin(['--db', temp.db, ...extra, 'project', 'add', '--cohort', 'pim4-xxii-2018', '--title', 'X'], env);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('--nip');
      expect(result.stdout).toBe('');
    }
  });

  it('needs --yes for a destructive command and changes nothing', async () => {
    const result = await runOpenStdin(['--db', temp.db, 'milestone', 'remove', '1'], {});
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('--yes');
    const after = await runOpenStdin(['--db', temp.db, 'milestone', 'list', '1', '--json'], {});
    expect(JSON.parse(after.stdout)).toHaveLength(1);
  });
});
