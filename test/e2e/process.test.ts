// What only a real process shows: exit codes across processes (another process holding the write
// lock), a stdout whose reader went away or that sits on a full disk, and a folder the user may
// not write (run as an unprivileged user when the tests run as root, since root may write anywhere).
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binPath, freshDatabaseEachTest, projectRoot } from '../helpers/proper.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
// As root the check runs as nobody, who must be able to reach the project: a clone inside a
// private folder (`mktemp -d` makes it 0700) cannot be run by nobody, and root writes anywhere,
// so there the case cannot be observed and is skipped.
const nobodyCanRun = !asRoot || spawnSync(process.execPath, [binPath, '--version'], { uid: NOBODY, gid: NOBODY, cwd: '/', stdio: 'ignore' }).status === 0;

/** Spawns proper with stdout a pipe that is closed before it writes anything. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('proper as a process', () => {
  const { temp, proper } = freshDatabaseEachTest({ PROPER_LANG: 'en' });

  it('exits 5, not 1, when another process holds the write lock past the busy timeout', () => {
    expect(proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
    const holder = new Database(temp.db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const result = proper(['cohort', 'add', 'pkp-ii-2024', '--program', 'pkp', '--number', '2', '--year', '2024'], { env: { PROPER_BUSY_TIMEOUT_MS: '100' } });
      expect(result.code, result.stderr).toBe(5);
      expect(result.stderr).toContain(temp.db);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('ends quietly when the reader of stdout has gone (EPIPE), --help included', async () => {
    expect(proper(['init']).code).toBe(0);
    for (const args of [['--help'], ['--db', temp.db, 'cohort', '--help'], ['--db', temp.db, 'export', 'cohorts'], ['--db', temp.db, 'demo', '--format', 'md']]) {
      const result = await withClosedStdout(args);
      expect(result.stderr, args.join(' ')).not.toMatch(/^\s+at |Error:/m);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(args.includes('demo') ? result.code : 0);
    }
  });

  it('says in one line that stdout is on a full disk (/dev/full), exit 1, no stack trace', () => {
    expect(proper(['init']).code).toBe(0);
    for (const args of [['--help'], ['--db', temp.db, 'cohort', 'list', '--json']]) {
      const fd = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [binPath, ...args], { cwd: projectRoot, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PROPER_LANG: 'en' } });
        expect(result.status, result.stderr).toBe(1);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/^\s+at /m);
      } finally {
        closeSync(fd);
      }
    }
  });

  it.skipIf(!nobodyCanRun)('in a folder the user may not write: exit 2 naming the folder, for reads, writes and doctor', () => {
    expect(proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
    const as = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
    if (asRoot) {
      chownSync(temp.dir, NOBODY, NOBODY);
      for (const file of readdirSync(temp.dir)) chownSync(`${temp.dir}/${file}`, NOBODY, NOBODY);
    }
    chmodSync(temp.dir, 0o555);
    try {
      for (const args of [['cohort', 'list'], ['cohort', 'add', 'pkp-ii-2024', '--program', 'pkp', '--number', '2', '--year', '2024'], ['doctor']]) {
        const result = spawnSync(process.execPath, [binPath, '--db', temp.db, '--lang', 'en', ...args], {
          cwd: '/', stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, ...as,
        });
        expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toContain(temp.dir);
        expect(result.stderr).toContain('not writable');
        expect(result.stderr).not.toContain('not an SQLite database');
        expect(result.stderr).not.toContain('Unexpected');
      }
    } finally {
      chmodSync(temp.dir, 0o755);
    }
    expect(existsSync(`${temp.db}-wal`)).toBe(false);
  });
});
