import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/migrate.js';
import { binPath, freshDatabaseEachTest, projectRoot, properWith } from '../helpers/proper.js';

/** `proper` as a child process that does not block the event loop. */
function properAsync(db: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, '--db', db, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  const result = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return result;
}

function cohortCount(path: string): number {
  const db = new Database(path, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM cohorts').get() as { n: number };
  db.close();
  return n;
}

describe('backup and restore under pressure', () => {
  const { temp, proper } = freshDatabaseEachTest();
  beforeEach(() => {
    expect(proper(['cohort', 'add', 'base', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
  });

  it('backs up while another process keeps writing; every backup passes integrity_check', async () => {
    const writes = 24;
    let written = 0;
    const writer = (async () => {
      const results = [];
      for (let i = 0; i < writes; i++) {
        results.push(await properAsync(temp.db, ['cohort', 'add', `w-${i}`, '--program', 'pkp', '--number', String(i + 1), '--year', '2024']));
        written++;
      }
      return results;
    })();
    const backups: { file: string; during: number }[] = [];
    for (let b = 0; b < 4; b++) {
      await new Promise((r) => setTimeout(r, 150));
      const file = join(temp.dir, `backup-${b}.db`);
      const result = await properAsync(temp.db, ['backup', file, '--json']);
      expect(result.code, result.stderr).toBe(0);
      backups.push({ file, during: written });
    }
    const writerResults = await writer;
    expect(writerResults.filter((r) => r.code !== 0)).toEqual([]);
    for (const { file } of backups) {
      expect(integrity(file)).toBe('ok');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const n = cohortCount(file);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(writes + 1);
    }
    // At least one backup was taken while the writer was still at work.
    expect(backups.some((b) => b.during < writes)).toBe(true);
    expect(cohortCount(temp.db)).toBe(writes + 1);
  }, 90_000);

  describe('refuses a bad backup (3) and leaves the current file as it was', () => {
    const cases: [string, (file: string) => void][] = [
      ['a truncated backup', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
      ['a backup with random bytes in its middle', (file) => {
        const bytes = readFileSync(file);
        for (let i = 4096; i < bytes.length; i += 97) bytes[i] = (bytes[i]! * 31 + 7) & 0xff;
        writeFileSync(file, bytes);
      }],
      ['random bytes', (file) => writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) & 0xff)))],
      ['an empty file', (file) => writeFileSync(file, '')],
      ['a CSV file', (file) => writeFileSync(file, 'nip;nama\n197805122005011002;Budi\n')],
      ['an SQLite file of another program', (file) => {
        const db = new Database(file);
        db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
        db.close();
      }],
      ['a backup with a broken reference', (file) => {
        const db = new Database(file);
        db.exec('PRAGMA foreign_keys = OFF; INSERT INTO enrolments (cohort_id, person_id) VALUES (1, 999)');
        db.close();
      }],
    ];
    for (const [name, spoil] of cases) {
      it(name, () => {
        const file = join(temp.dir, 'spoilt.db');
        if (name !== 'an SQLite file of another program') expect(proper(['backup', file]).code).toBe(0);
        spoil(file);
        const before = readFileSync(temp.db);
        const result = proper(['restore', file, '--yes', '--lang', 'en']);
        expect(result.code, result.stderr).toBe(3);
        expect(result.stderr).toContain('Nothing was replaced');
        expect(result.stderr).not.toMatch(/^\s+at /m);
        expect(readFileSync(temp.db).equals(before)).toBe(true);
        expect(readdirSync(temp.dir).filter((f) => f.includes('before-restore') || f.endsWith('.tmp'))).toEqual([]);
      });
    }
  });

  it('refuses a backup from a newer proper (5), replacing nothing', () => {
    const file = join(temp.dir, 'future.db');
    expect(proper(['backup', file]).code).toBe(0);
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(temp.db);
    const result = proper(['restore', file, '--yes', '--lang', 'en']);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('newer proper');
    expect(readFileSync(temp.db).equals(before)).toBe(true);
  });

  it('restores a backup of an older schema version and migrates it forward', () => {
    const file = join(temp.dir, 'old.db');
    copyFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db'), file);
    const result = proper(['restore', file, '--yes', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json()).toMatchObject({ schema_version: SCHEMA_VERSION, migrated_from: 1 });
    expect(proper(['cohort', 'list', '--json']).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pim4-xxii-2018']);
    // The candidate itself is never written.
    expect(readFileSync(file).equals(readFileSync(join(projectRoot, 'test', 'fixtures', 'db', 'proper-v1.db')))).toBe(true);
  });

  it('restores into a place where no database exists yet', () => {
    const file = join(temp.dir, 'b.db');
    expect(proper(['backup', file]).code).toBe(0);
    const fresh = join(temp.dir, 'elsewhere', 'proper.db');
    const result = properWith(fresh)(['restore', file, '--yes', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json()).toMatchObject({ previous: null });
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(cohortCount(fresh)).toBe(1);
  });
});
