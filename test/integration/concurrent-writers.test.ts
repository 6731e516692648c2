// Several processes writing to one database file at once: each waits for the others' write lock
// (busy timeout, IMMEDIATE transactions) instead of failing. Four real processes, each running its
// fifty commands in-process (test/helpers/many-commands.mjs) so that the contention is between
// processes, as in an office, while the test does not pay two hundred Node start-ups.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/proper.js';
import { runInProcess, tempDb } from '../helpers/run.js';

const script = `${projectRoot}test/helpers/many-commands.mjs`;

/** Runs the commands one after another in one new process; resolves with each exit code and stderr. */
function worker(commands: string[][]): Promise<{ code: number; stderr: string }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(commands)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`worker exited ${code}: ${stderr}`))));
  });
}

describe('several proper processes writing to one file at once', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('all succeed and every row is there (4 processes × 50 commands)', async () => {
    const processes = 4;
    const perProcess = 50;
    const runs = Array.from({ length: processes }, (_, p) =>
      worker(Array.from({ length: perProcess }, (_, i) => ['--db', temp.db, 'cohort', 'add', `c${p}-${i}`, '--program', 'pkp', '--number', String(i + 1), '--year', '2024'])),
    );
    const results = (await Promise.all(runs)).flat();
    expect(results).toHaveLength(processes * perProcess);
    expect(results.filter((r) => r.code !== 0)).toEqual([]);
    const cohorts = (await runInProcess(['--db', temp.db, 'cohort', 'list', '--json'])).json<unknown[]>();
    expect(cohorts).toHaveLength(processes * perProcess);
  });
});
