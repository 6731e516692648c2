// Runs the built `proper` binary exactly as a user does: a new process, stdin closed, no TTY.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = join(projectRoot, 'bin', 'proper.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON. */
  json<T = any>(): T;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
}

export function runProper(args: string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', PROPER_LANG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: env as NodeJS.ProcessEnv,
    input: options.input,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 20_000,
  });
  if (result.error) throw result.error;
  const stdout = result.stdout ?? '';
  return {
    code: result.status ?? -1,
    stdout,
    stderr: result.stderr ?? '',
    json: () => JSON.parse(stdout),
  };
}

/** A fresh temporary folder and a database path inside it; `cleanup` removes both. */
export function tempDb(): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'proper-test-'));
  return { dir, db: join(dir, 'proper.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `proper --db DB ...args`. */
export function properWith(db: string, env: Record<string, string | undefined> = {}) {
  return (args: string[], options: RunOptions = {}) => runProper(['--db', db, ...args], { ...options, env: { ...env, ...options.env } });
}

type Proper = ReturnType<typeof properWith>;

/**
 * A fresh database file for every test of the calling `describe`, and `proper` bound to it.
 * `temp.db` and `temp.dir` always name the current test's files.
 */
export function freshDatabaseEachTest(env: Record<string, string | undefined> = {}): { temp: Omit<ReturnType<typeof tempDb>, 'cleanup'>; proper: Proper } {
  let current: ReturnType<typeof tempDb>;
  let bound: Proper;
  beforeEach(() => {
    current = tempDb();
    bound = properWith(current.db, env);
  });
  afterEach(() => current.cleanup());
  return {
    temp: {
      get dir() {
        return current.dir;
      },
      get db() {
        return current.db;
      },
    },
    proper: (args, options) => bound(args, options),
  };
}
