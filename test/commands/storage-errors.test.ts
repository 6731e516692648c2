// Storage failures reach the officer as one clear message with the exit code of SPEC §5, in every
// command: a lock held past the busy timeout is 5; a broken or full stdout ends quietly.
import Database from 'better-sqlite3';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

/** A stdout whose every write fails as a closed pipe (EPIPE) or a full disk (ENOSPC) does. */
function failingStdout(code: 'EPIPE' | 'ENOSPC'): Writable {
  return Object.assign(
    new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error(`${code}: write failed`), { code, syscall: 'write' }));
      },
    }),
    { isTTY: false },
  );
}

describe('storage errors', () => {
  const { temp, proper } = freshDatabase({ env: { PROPER_LANG: 'en', PROPER_BUSY_TIMEOUT_MS: '50' } });

  it('exits 5 naming the file when another process holds the write lock past the timeout, in every writing command', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    const holder = new Database(temp.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      for (const args of [
        ['cohort', 'add', 'pkp-ii-2024', '--program', 'pkp', '--number', '2', '--year', '2024'],
        ['participant', 'add', '197805122005011002', '--name', 'Budi', '--cohort', 'pkp-i-2024'],
        ['lokus', 'add', 'sby-dpmptsp', '--name', 'DPMPTSP Kota Surabaya'],
        ['config', 'set', 'bands.pkp', '85,75,65,55'],
      ]) {
        const result = await proper(args);
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(5);
        expect(result.stderr).toContain(temp.db);
        expect(result.stderr).not.toContain('Unexpected');
      }
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await proper(['cohort', 'add', 'pkp-ii-2024', '--program', 'pkp', '--number', '2', '--year', '2024'])).code).toBe(0);
  });

  it('reads while another process writes (WAL): a list is not blocked by the write lock', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    const holder = new Database(temp.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = await proper(['cohort', 'list', '--json']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.json()).toHaveLength(1);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('ends quietly with the command’s own code when the reader of stdout went away (EPIPE), --help included', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    for (const args of [['cohort', 'list'], ['export', 'cohorts'], ['--help'], ['cohort', '--help'], ['--version']]) {
      const result = await proper(args, { stdout: failingStdout('EPIPE') });
      expect(result.stderr, args.join(' ')).toBe('');
      expect(result.code, args.join(' ')).toBe(0);
    }
  });

  it('ends with one line and exit 1 when stdout is on a full disk (ENOSPC)', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    const result = await proper(['cohort', 'list', '--json'], { stdout: failingStdout('ENOSPC') });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('disk full');
  });
});
