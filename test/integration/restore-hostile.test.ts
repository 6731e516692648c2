// Restore trusts nothing in the candidate, and doctor names the same differences in a live file
// (SPEC §10, issue 13 items 1 and 2). The hostile backups are built in the set-up by
// scripts/make-hostile-backups.mjs from a good backup of the demo data.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, shared with the command line
import { hostileBackups, makeHostileBackup } from '../../scripts/make-hostile-backups.mjs';
import { ProperError } from '../../src/errors.js';
import { restoreDatabase } from '../../src/usecases/backup.js';
import { examine } from '../helpers/examine.js';
import { projectRoot, properWith, tempDb } from '../helpers/proper.js';

interface Hostile {
  name: string;
  base: 'current' | 'v1';
  names: string[];
}

const v1Fixture = join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db');
const now = new Date('2024-08-15T09:30:00Z');
const accept = () => Promise.resolve();

describe('restore refuses a backup whose schema is not exactly proper\'s', () => {
  const temp = tempDb();
  const proper = properWith(temp.db);
  const good = join(temp.dir, 'good.db');
  const hostile = new Map<string, string>();

  beforeAll(() => {
    expect(proper(['demo', '--format', 'json']).code).toBe(0);
    expect(proper(['backup', good]).code).toBe(0);
    for (const entry of hostileBackups as Hostile[]) {
      hostile.set(entry.name, makeHostileBackup(entry, entry.base === 'v1' ? v1Fixture : good, join(temp.dir, `${entry.name}.candidate`)));
    }
  }, 60_000);
  afterAll(() => temp.cleanup());

  /** The folder's files other than the candidates, the good backup and the live database. */
  const strayFiles = () => readdirSync(temp.dir).filter((f) => !f.endsWith('.candidate') && f !== 'good.db' && !f.startsWith('proper.db'));

  for (const entry of hostileBackups as Hostile[]) {
    it(`refuses ${entry.name} with exit 3, naming ${entry.names.join(', ')}, and replaces nothing`, async () => {
      const before = readFileSync(temp.db);
      const error = await restoreDatabase(temp.db, hostile.get(entry.name)!, now, accept).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ProperError);
      expect((error as ProperError).exitCode).toBe(3);
      const said = JSON.stringify([(error as ProperError).params, (error as ProperError).details]);
      for (const word of entry.names) expect(said).toContain(word);
      expect(readFileSync(temp.db).equals(before)).toBe(true);
      expect(strayFiles()).toEqual([]);
    });
  }

  it('says so on the command line: exit 3, the differences listed, every later command still works', () => {
    for (const name of ['version-1-holding-the-version-2-audit-table', 'negative-user-version', 'core-table-with-other-columns']) {
      const result = proper(['restore', hostile.get(name)!, '--yes', '--lang', 'en']);
      expect(result.code, result.stderr).toBe(3);
      expect(result.stderr).toContain('Nothing was replaced');
      expect(proper(['cohort', 'list', '--json']).code).toBe(0);
      expect(proper(['doctor']).code).toBe(0);
    }
    const triggers = proper(['restore', hostile.get('trigger-copies-personal-data')!, '--yes', '--lang', 'en']);
    expect(triggers.code).toBe(3);
    expect(triggers.stderr).toContain('trigger copy_new_people on table people was not made by proper');
    expect(triggers.stderr).toContain('table harvest was not made by proper');
  });

  it('refuses to use a live file of negative version (3) instead of failing on it, and leaves it untouched', () => {
    const live = join(temp.dir, 'negative.live.db');
    copyFileSync(hostile.get('negative-user-version')!, live);
    const before = readFileSync(live);
    const result = properWith(live)(['cohort', 'add', 'x', '--program', 'pkp', '--number', '1', '--year', '2024', '--lang', 'en']);
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toContain('schema version -5, which proper never writes');
    expect(readFileSync(live).equals(before)).toBe(true);
  });

  it('restores the good backup itself, and an untouched version-1 file migrated on the private copy', async () => {
    expect((await restoreDatabase(temp.db, good, now, accept)).migrated_from).toBeNull();
    const old = join(temp.dir, 'old.candidate');
    copyFileSync(v1Fixture, old);
    expect(await restoreDatabase(temp.db, old, now, accept)).toMatchObject({ migrated_from: 1 });
    expect(proper(['doctor', '--json']).code).toBe(0);
  });

  describe('doctor names the same differences in a live file', () => {
    for (const entry of hostileBackups as Hostile[]) {
      it(`finds ${entry.name}`, () => {
        const live = join(temp.dir, `${entry.name}.live.db`);
        copyFileSync(hostile.get(entry.name)!, live);
        const report = examine(live, now, { mountsText: '' });
        expect(report.healthy).toBe(false);
        const said = JSON.stringify(report.problems);
        for (const word of entry.names) expect(said).toContain(word);
      });
    }
  });
});
