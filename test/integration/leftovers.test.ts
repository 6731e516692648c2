// Nothing left behind, nothing overwritten: unique names for kept files and pre-migration backups,
// and the temporary copies of killed processes found, named and removed (SPEC §10, issue 13 items 3–5).
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStamp } from '../../src/db/backup.js';
import { findLeftovers } from '../../src/db/leftovers.js';
import { openDatabase } from '../../src/db/open.js';
import { restoreDatabase } from '../../src/usecases/backup.js';
import { examine } from '../helpers/examine.js';
import { projectRoot, properWith, tempDb } from '../helpers/proper.js';

const v1Fixture = join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db');
const now = new Date('2024-08-15T09:30:00Z');

function cohortCodes(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT code FROM cohorts ORDER BY code').all() as { code: string }[]).map((r) => r.code);
  } finally {
    db.close();
  }
}

/** The id of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('unique names', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('keeps the old file under a new name when two restores happen in the same second', async () => {
    const proper = properWith(temp.db);
    expect(proper(['cohort', 'add', 'first', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
    const backup = join(temp.dir, 'b.db');
    expect(proper(['backup', backup]).code).toBe(0);
    expect(proper(['cohort', 'add', 'second', '--program', 'pkp', '--number', '2', '--year', '2024']).code).toBe(0);

    const one = await restoreDatabase(temp.db, backup, now, () => Promise.resolve());
    const two = await restoreDatabase(temp.db, backup, now, () => Promise.resolve());
    expect(one.previous).toBe(`${temp.db}.before-restore-${fileStamp(now)}`);
    expect(two.previous).not.toBe(one.previous);
    expect(cohortCodes(one.previous!)).toEqual(['first', 'second']);
    expect(cohortCodes(two.previous!)).toEqual(['first']);
  });

  it('writes the pre-migration backup even when a .bak of the same second exists', () => {
    copyFileSync(v1Fixture, temp.db);
    const taken = `${temp.db}.v1-${fileStamp(now)}.bak`;
    writeFileSync(taken, 'somebody else’s file');
    openDatabase(temp.db, { now: () => now }).close();
    const baks = readdirSync(temp.dir).filter((f) => f.endsWith('.bak'));
    expect(baks).toHaveLength(2);
    const fresh = join(temp.dir, baks.find((f) => join(temp.dir, f) !== taken)!);
    expect(cohortCodes(fresh)).toEqual(['pim4-xxii-2018']);
    expect(new Database(fresh, { readonly: true }).pragma('user_version', { simple: true })).toBe(1);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('what killed processes leave behind', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
    expect(properWith(temp.db)(['cohort', 'add', 'c', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
  });
  afterEach(() => temp.cleanup());

  function plantLeftovers(): string[] {
    const pid = deadPid();
    const names = [
      `.proper.db.proper-restore-${pid}-1.tmp`,
      `.proper.db.proper-restore-${pid}-1.tmp-wal`,
      `.proper.db.restore-${pid}-2.tmp`,
      `.bk.db.backup-${pid}-3.tmp-journal`,
      `.proper.db.proper-keep-${pid}-4.tmp`,
      'proper.db.v1-20240101T000000.bak',
      'proper.db.v1-20240102T000000.bak',
      'proper.db.v1-20240102T000000.bak-journal',
    ];
    for (const name of names) writeFileSync(join(temp.dir, name), name.includes('20240101') ? '' : 'NIP 197805122005011002');
    return names;
  }

  it('doctor names every one, and removes them with --yes', () => {
    const names = plantLeftovers();
    const report = examine(temp.db, now, { mountsText: '' });
    expect(report.healthy).toBe(true);
    const named = report.warnings.filter((w) => w.kind.startsWith('leftover_')).map((w) => w.file);
    expect(named.sort()).toEqual(names.map((n) => join(temp.dir, n)).sort());
    const cli = properWith(temp.db)(['doctor', '--yes', '--lang', 'en']);
    expect(cli.code).toBe(0);
    expect(cli.stderr + cli.stdout).toContain('was removed');
    expect(findLeftovers(temp.dir)).toEqual([]);
  });

  it('the next command removes them by itself', () => {
    plantLeftovers();
    expect(properWith(temp.db)(['cohort', 'add', 'd', '--program', 'pkp', '--number', '2', '--year', '2024']).code).toBe(0);
    expect(readdirSync(temp.dir).filter((f) => f !== 'proper.db' && !f.startsWith('proper.db-'))).toEqual([]);
  });

  it('leaves alone the temporary copy of a process still running', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      const busy = join(temp.dir, `.proper.db.proper-backup-${sleeper.pid}-5.tmp`);
      writeFileSync(busy, 'in progress');
      expect(properWith(temp.db)(['doctor', '--yes']).code).toBe(0);
      expect(existsSync(busy)).toBe(true);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
