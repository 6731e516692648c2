// The one door to the database (src/cli/session.ts) and the context every handler receives,
// exercised through the whole program in-process.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase, runInProcess } from '../helpers/run.js';

const READ_ONLY_COMMANDS = [
  ['cohort', 'list'],
  ['cohort', 'show', 'x'],
  ['participant', 'list'],
  ['participant', 'show', '199001012015011001'],
  ['lokus', 'list'],
  ['visit', 'list'],
  ['project', 'list'],
  ['project', 'show', '1'],
  ['project', 'history', '1'],
  ['milestone', 'list', '1'],
  ['history'],
  ['report', 'summary'],
  ['report', 'lokus'],
  ['report', 'cohort', 'x'],
  ['export', 'cohorts'],
  ['config', 'list'],
  ['config', 'get', 'bands.pkp'],
  ['doctor'],
  ['backup', 'copy.db'],
];

describe('withSession, the one door to the database', () => {
  const { temp, proper } = freshDatabase();

  for (const args of READ_ONLY_COMMANDS) {
    it(`\`${args.join(' ')}\` on a missing database exits 2 naming the path and proper init, and creates nothing`, async () => {
      const path = join(temp.dir, 'typo', 'proper.db');
      const typo = await runInProcess(['--db', path, '--lang', 'en', ...args.map((a) => (a === 'copy.db' ? join(temp.dir, a) : a))]);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain(path);
      expect(typo.stderr).toContain('proper init');
      expect(typo.stdout).toBe('');
      expect(existsSync(join(temp.dir, 'typo'))).toBe(false);
      expect(readdirSync(temp.dir)).toEqual([]);
    });
  }

  it('creates the database 0600 on the first command that records something, and reads it afterwards', async () => {
    const added = await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024', '--json']);
    expect(added.code, added.stderr).toBe(0);
    expect(statSync(temp.db).mode & 0o777).toBe(0o600);
    const listed = await proper(['cohort', 'list', '--json']);
    expect(listed.json<{ code: string }[]>().map((c) => c.code)).toEqual(['pkp-i-2024']);
  });

  it('leaves no -wal or -shm file behind after a read', async () => {
    expect((await proper(['init'])).code).toBe(0);
    expect((await proper(['cohort', 'list'])).code).toBe(0);
    expect(readdirSync(temp.dir).sort()).toEqual(['proper.db']);
  });

  it('resolves PROPER_DB when --db is not given, and --db over PROPER_DB', async () => {
    const viaEnv = join(temp.dir, 'env.db');
    expect((await runInProcess(['init'], { env: { PROPER_DB: viaEnv } })).code).toBe(0);
    expect(existsSync(viaEnv)).toBe(true);
    expect((await runInProcess(['--db', temp.db, 'init'], { env: { PROPER_DB: viaEnv } })).code).toBe(0);
    expect(existsSync(temp.db)).toBe(true);
  });

  it('resolves XDG_DATA_HOME when neither --db nor PROPER_DB is given', async () => {
    const result = await runInProcess(['init', '--json'], { env: { XDG_DATA_HOME: temp.dir } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.json().path).toBe(join(temp.dir, 'proper', 'proper.db'));
  });
});

describe('the context', () => {
  const { temp, proper } = freshDatabase();

  it('takes today from PROPER_TODAY', async () => {
    await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']);
    await proper(['participant', 'add', '199001012015011001', '--name', 'Ani', '--cohort', 'pkp-i-2024']);
    const added = await proper(['project', 'add', '--nip', '199001012015011001', '--cohort', 'pkp-i-2024', '--title', 'Satu', '--json'], { today: '2024-09-01' });
    expect(added.code, added.stderr).toBe(0);
    expect(added.json().stage_date).toBe('2024-09-01');
  });

  it('writes data to stdout and messages to stderr', async () => {
    const result = await proper(['init']);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toBe('');
    const version = await runInProcess(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('colours only when stdout is a terminal and NO_COLOR is not set', async () => {
    await proper(['init']);
    const plain = await proper(['cohort', 'add', 'a-1', '--program', 'pkp', '--number', '1', '--year', '2024']);
    expect(plain.stderr).not.toContain('\x1b[');
    const tty = await proper(['cohort', 'list'], { stdoutTTY: true, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(tty.stdout).toContain('\x1b[');
  });

  it('offers cohort codes to completion with --db PATH and with --db=PATH, and creates no database for it', async () => {
    await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']);
    const db = temp.db;
    const spaced = await runInProcess(['__complete', '--db', db, 'cohort', 'show', '']);
    const joined = await runInProcess(['__complete', `--db=${db}`, 'cohort', 'show', '']);
    expect(spaced.stdout.split('\n')).toContain('pkp-i-2024');
    expect(joined.stdout.split('\n')).toContain('pkp-i-2024');
    const missing = join(temp.dir, 'none.db');
    const none = await runInProcess(['__complete', `--db=${missing}`, 'cohort', 'show', '']);
    expect(none.code).toBe(0);
    expect(none.stderr).toBe('');
    expect(existsSync(missing)).toBe(false);
  });
});
