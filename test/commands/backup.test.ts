import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/migrate.js';
import { type Proper, properIn, tempDb } from '../helpers/run.js';

describe('proper backup and proper restore', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;
  const addCohort = async (code: string) => expect((await proper(['cohort', 'add', code, '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
  const codes = async () => (await proper(['cohort', 'list', '--json'])).json<{ code: string }[]>().map((c) => c.code);
  beforeEach(async () => {
    temp = tempDb();
    proper = properIn(temp.db, { today: null });
  });
  afterEach(() => temp.cleanup());

  it('writes a private backup and prints {file, bytes, schema_version}', async () => {
    await addCohort('pkp-i-2024');
    const file = join(temp.dir, 'cadangan', 'proper-2024.db');
    const result = await proper(['backup', file, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json()).toEqual({ file, bytes: statSync(file).size, schema_version: SCHEMA_VERSION });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // One self-contained file, and no work file left behind.
    expect(readdirSync(join(temp.dir, 'cadangan'))).toEqual(['proper-2024.db']);
    expect((await properIn(file, { today: null })(['cohort', 'list', '--json'])).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pkp-i-2024']);
  });

  it('refuses to overwrite a file (5) unless --force, through the Indonesian alias', async () => {
    await addCohort('pkp-i-2024');
    const file = join(temp.dir, 'b.db');
    writeFileSync(file, 'precious');
    const refused = await proper(['cadangkan', file, '--lang', 'en']);
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect((await proper(['cadangkan', file, '--force'])).code).toBe(0);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses to back up a database that does not exist (2) instead of creating it', async () => {
    const result = await proper(['backup', join(temp.dir, 'b.db')]);
    expect(result.code).toBe(2);
    expect(existsSync(temp.db)).toBe(false);
  });

  it('restores a backup with --yes, keeping the replaced file beside it, both private', async () => {
    await addCohort('pkp-i-2024');
    const file = join(temp.dir, 'b.db');
    expect((await proper(['backup', file])).code).toBe(0);
    await addCohort('pkp-ii-2024');

    const result = await proper(['pulihkan', file, '--yes', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const out = result.json<{ previous: string; path: string; schema_version: number; migrated_from: number | null }>();
    expect(out).toMatchObject({ file, path: temp.db, schema_version: SCHEMA_VERSION, migrated_from: null });
    expect(out.previous).toMatch(/proper\.db\.before-restore-\d{8}T\d{6}$/);
    expect((await codes())).toEqual(['pkp-i-2024']);
    expect((await properIn(out.previous, { today: null })(['cohort', 'list', '--json'])).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pkp-i-2024', 'pkp-ii-2024']);
    for (const f of [temp.db, out.previous]) expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('needs --yes without a terminal (2) and then replaces nothing', async () => {
    await addCohort('pkp-i-2024');
    const file = join(temp.dir, 'b.db');
    await proper(['backup', file]);
    await addCohort('pkp-ii-2024');
    const result = await proper(['restore', file, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--yes');
    expect((await codes())).toEqual(['pkp-i-2024', 'pkp-ii-2024']);
  });

  it('says a missing backup file is a usage error (2)', async () => {
    await addCohort('pkp-i-2024');
    expect((await proper(['restore', join(temp.dir, 'nope.db'), '--yes'])).code).toBe(2);
  });
});
