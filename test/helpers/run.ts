// Runs proper in-process, the way gh's iostreams.Test() runs gh: the real program factory and
// handlers, with buffers for stdout and stderr, TTY flags the test chooses, a fixed environment
// and (by default) a fixed today. No process is spawned, so a command costs milliseconds, and what
// a test asserts is exactly what a user would see on the two streams and as the exit code.
// Use test/helpers/proper.ts (spawning bin/proper.js) only for what only a process shows.
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import { run } from '../../src/cli/main.js';
import { tempDb, type RunResult } from './proper.js';

// The result and the temporary database are those of the spawning helper: one shape for both.
export { tempDb, type RunResult };

export interface InProcessOptions {
  /** The whole environment the command sees (nothing is inherited from the test process). */
  env?: Record<string, string | undefined>;
  /** PROPER_TODAY; '2024-08-15' unless given (null: the system clock's date). */
  today?: string | null;
  /** The clock (`now`); fixed at noon of `today` unless given. */
  now?: Date;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** The terminal's width when stdout is a TTY. */
  columns?: number;
  /** Text on stdin (then closed). */
  input?: string;
  /** Leave stdin open and silent: a prompt waiting for an answer then hangs (the test times out) instead of passing by accident. */
  openStdin?: boolean;
  /** Replaces stdout, for tests of a failing stream (EPIPE, ENOSPC). */
  stdout?: Writable;
}

export const DEFAULT_TODAY = '2024-08-15';

/** A writable that keeps what is written, with the TTY flags of a terminal or a pipe. */
export class BufferStream extends Writable {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns: number | undefined = undefined,
  ) {
    super({ decodeStrings: false });
  }
  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    done();
  }
}

/** `proper ...args` in-process: exit code, stdout, stderr. */
export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<RunResult> {
  const today = options.today === undefined ? DEFAULT_TODAY : options.today;
  const env: Record<string, string> = { NO_COLOR: '1' };
  if (today !== null) env.PROPER_TODAY = today;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const stdout = new BufferStream(Boolean(options.stdoutTTY), options.stdoutTTY ? (options.columns ?? 100) : undefined);
  const stderr = new BufferStream(Boolean(options.stderrTTY));
  const stdin = Object.assign(new PassThrough(), { isTTY: Boolean(options.stdinTTY) });
  if (!options.openStdin) stdin.end(options.input ?? '');
  const clock = options.now ?? (today === null ? undefined : new Date(`${today}T12:00:00`));
  const code = await run(args, env, {
    stdin,
    stdout: options.stdout ?? stdout,
    stderr,
    ...(clock ? { now: () => new Date(clock.getTime()) } : {}),
  });
  const out = stdout.text;
  return { code, stdout: out, stderr: stderr.text, json: () => JSON.parse(out) };
}

export type Proper = (args: string[], options?: InProcessOptions) => Promise<RunResult>;

/** `proper --db DB ...args`, in-process. */
export function properIn(db: string, defaults: InProcessOptions = {}): Proper {
  return (args, options = {}) => runInProcess(['--db', db, ...args], { ...defaults, ...options, env: { ...defaults.env, ...options.env } });
}

/**
 * A fresh database file for every test of the calling `describe`, and in-process `proper` bound
 * to it. `temp.db` and `temp.dir` always name the current test's files.
 */
export function freshDatabase(defaults: InProcessOptions = {}): { temp: { readonly dir: string; readonly db: string }; proper: Proper } {
  let current: ReturnType<typeof tempDb>;
  beforeEach(() => {
    current = tempDb();
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
    proper: (args, options) => properIn(current.db, defaults)(args, options),
  };
}
