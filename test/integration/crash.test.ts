// A process killed in the middle of an import leaves the database exactly as it was before that
// import, and healthy (SPEC §10). The import is killed with SIGKILL at random moments.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, properWith, tempDb } from '../helpers/proper.js';

const generator = join(projectRoot, 'bench', 'generate-participants.mjs');

function generate(rows: number, file: string): void {
  const result = spawnSync(process.execPath, [generator, String(rows), file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

/** Everything an import writes, as one comparable value. */
function snapshot(db: string): string {
  const raw = new Database(db, { readonly: true });
  try {
    const people = raw.prepare('SELECT nip, name, gender, rank, grade, position, agency, unit, email, phone FROM people ORDER BY nip').all();
    const enrolments = raw.prepare('SELECT person_id, cohort_id, group_name, status FROM enrolments ORDER BY person_id, cohort_id').all();
    return JSON.stringify({ people, enrolments });
  } finally {
    raw.close();
  }
}

function importUntilKilled(db: string, file: string, killAfterMs: number): Promise<{ killed: boolean; elapsedMs: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, '--db', db, 'import', 'participants', file, '--cohort', 'pkp-xxii-2024'], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', elapsedMs: Date.now() - started });
    });
  });
}

describe('an import killed with SIGKILL', () => {
  const temp = tempDb();
  const proper = properWith(temp.db);
  const small = join(temp.dir, 'small.csv');
  const large = join(temp.dir, 'large.csv');
  let fullImportMs = 0;
  let imported = '';

  beforeAll(() => {
    generate(1_000, small);
    generate(40_000, large);
    const succeeded = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);
    succeeded(proper(['cohort', 'add', 'pkp-xxii-2024', '--program', 'pkp', '--number', '22', '--year', '2024']));
    succeeded(proper(['import', 'participants', small, '--cohort', 'pkp-xxii-2024']));
    // How long a whole import of the large file takes, on a copy, to aim the kills inside it.
    const copy = join(temp.dir, 'copy.db');
    succeeded(proper(['backup', copy]));
    const started = Date.now();
    succeeded(properWith(copy)(['import', 'participants', large, '--cohort', 'pkp-xxii-2024'], { timeoutMs: 120_000 }));
    fullImportMs = Date.now() - started;
    imported = snapshot(copy);
  }, 180_000);
  afterAll(() => temp.cleanup());

  it('leaves the data exactly as before the import and doctor healthy, in at least 10 trials', async () => {
    const baseline = join(temp.dir, 'baseline.db');
    expect(proper(['backup', baseline]).code).toBe(0);
    const before = snapshot(baseline);
    const trial = join(temp.dir, 'trial.db');
    let window = fullImportMs;
    let killedTrials = 0;
    for (let attempt = 0; attempt < 30 && killedTrials < 10; attempt++) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${trial}${suffix}`, { force: true });
      copyFileSync(baseline, trial);
      const killAfterMs = Math.round(window * (0.05 + Math.random() * 0.85));
      const { killed, elapsedMs } = await importUntilKilled(trial, large, killAfterMs);
      if (!killed) {
        // The import finished first (the machine is faster now): aim earlier next time.
        window = Math.min(window, elapsedMs) * 0.8;
        continue;
      }
      const doctor = properWith(trial)(['doctor', '--json']);
      expect(doctor.code, `doctor after a kill at ${killAfterMs} ms: ${doctor.stdout}${doctor.stderr}`).toBe(0);
      // A kill can land after the commit, while the process is ending (a loaded machine makes that
      // window long): then the whole import is there. Never anything in between.
      const after = snapshot(trial);
      if (after === imported) {
        window *= 0.8;
        continue;
      }
      expect(after, `data after a kill at ${killAfterMs} ms`).toBe(before);
      killedTrials++;
    }
    expect(killedTrials).toBeGreaterThanOrEqual(10);
  }, 300_000);
});
