import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath, properWith, tempDb } from '../helpers/proper.js';

/** Runs `proper` commands one after another in one worker; resolves with each exit code and stderr. */
function worker(db: string, commands: string[][]): Promise<{ code: number | null; stderr: string }[]> {
  return commands.reduce<Promise<{ code: number | null; stderr: string }[]>>(
    (done, args) =>
      done.then(
        (results) =>
          new Promise((resolve) => {
            const child = spawn(process.execPath, [binPath, '--db', db, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', (chunk) => (stderr += chunk));
            child.on('close', (code) => resolve([...results, { code, stderr }]));
          }),
      ),
    Promise.resolve([]),
  );
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
      worker(
        temp.db,
        Array.from({ length: perProcess }, (_, i) => ['cohort', 'add', `c${p}-${i}`, '--program', 'pkp', '--number', String(i + 1), '--year', '2024']),
      ),
    );
    const results = (await Promise.all(runs)).flat();
    const failures = results.filter((r) => r.code !== 0);
    expect(failures).toEqual([]);
    const cohorts = properWith(temp.db)(['cohort', 'list', '--json']).json<unknown[]>();
    expect(cohorts).toHaveLength(processes * perProcess);
  }, 120_000);
});
