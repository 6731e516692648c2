// The demo never mixes its invented people into real data without --yes, and leaves no temporary
// folder behind: removed on Ctrl-C, swept by the next demo when a demo was killed (issue 13 items 6–7).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath, projectRoot, properWith, runProper, tempDb } from '../helpers/proper.js';

describe('proper demo keeps real data and temporary folders safe', () => {
  let temp: ReturnType<typeof tempDb>;
  let tmp: string;
  beforeEach(() => {
    temp = tempDb();
    tmp = join(temp.dir, 'tmp');
    mkdirSync(tmp);
  });
  afterEach(() => temp.cleanup());

  it('refuses a --db that already holds data unless --yes, and says so', () => {
    const proper = properWith(temp.db);
    expect(proper(['cohort', 'add', 'real-2024', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
    const refused = runProper(['--db', temp.db, 'demo', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already holds data (1 cohorts, 0 people)');
    expect(refused.stderr).toContain('--yes');
    expect(proper(['cohort', 'list', '--json']).json<{ code: string }[]>().map((c) => c.code)).toEqual(['real-2024']);

    expect(runProper(['--db', temp.db, 'demo', '--yes', '--format', 'md']).code).toBe(0);
    expect(proper(['cohort', 'list', '--json']).json<unknown[]>()).toHaveLength(3);
  });

  it('removes its temporary folder when interrupted with Ctrl-C', async () => {
    const child = spawn(process.execPath, [binPath, 'demo'], { cwd: projectRoot, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // Interrupt as soon as the folder exists: the demo is then loading its data.
    while (readdirSync(tmp).length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal === 'SIGINT' || code === 130, `ended with ${code} ${signal}`).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('sweeps the folders of demos that were killed, never one still running', () => {
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const stale = join(tmp, `proper-demo-${dead}-aBc123`);
    const running = join(tmp, `proper-demo-${process.pid}-xYz789`);
    for (const folder of [stale, running]) {
      mkdirSync(folder);
      writeFileSync(join(folder, 'proper.db'), 'personal data');
    }
    expect(runProper(['demo', '--format', 'md'], { env: { TMPDIR: tmp } }).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(tmp)).toEqual([`proper-demo-${process.pid}-xYz789`]);
  });
});
