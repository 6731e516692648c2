// A command's run: the open database, today's date, and how to talk to the user. withSession is
// the one door to the database: it alone resolves --db / PROPER_DB / XDG (SPEC §2) and opens the
// file, read-only or for writing, and translates what storage throws (src/db/errors.ts).
import { existsSync, statSync } from 'node:fs';
import { translateWorkError } from '../db/errors.js';
import type { Db } from '../db/open.js';
import { BUSY_TIMEOUT_MS, openDatabase, openForInspection } from '../db/open.js';
import type { OutputGuard } from '../db/output-file.js';
import { resolveDbPath } from '../db/path.js';
import { osUser } from '../db/session-user.js';
import { UsageError } from '../errors.js';
import type { Context } from './context.js';
import type { Invocation } from './invocation.js';
import { createOutput, type Output } from './output.js';

export interface Session {
  db: Db;
  dbPath: string;
  today: Date;
  out: Output;
  /** Prompts may appear: stdin and stdout are terminals and neither --no-input, --yes nor CI says otherwise. */
  interactive: boolean;
  yes: boolean;
  context: Context;
}

export interface SessionOptions {
  /**
   * 'read': the file must exist (a missing one is exit 2 naming the path and `proper init`, and
   * nothing is created); the connection cannot write. 'write': created (0600) and migrated when
   * needed. SPEC §2 lists the commands that only read.
   */
  mode: 'read' | 'write';
  /** Per-row audit triggers (default true); a bulk import records one audit row itself. */
  audit?: boolean;
  /** false: read the file at whatever schema version it has (completion); default true. */
  migrate?: boolean;
  /** The path to use when --db is not given, instead of PROPER_DB and the data folder (demo's temporary database). */
  defaultPath?: string;
}

/** Prompts may appear: stdin and stdout are terminals and neither --no-input, --yes nor CI says otherwise. */
export function isInteractive(invocation: Invocation<unknown>): boolean {
  const { globals, context } = invocation;
  return Boolean(context.stdin.isTTY && context.stdout.isTTY && globals.input !== false && !globals.yes && !context.env.CI);
}

/** How this command prints: JSON or human, with colour only on a terminal and without NO_COLOR/--no-color. */
export function outputFor(invocation: Invocation<unknown>): Promise<Output> {
  const { globals, context } = invocation;
  const color = globals.color !== false && !globals.json && !context.env.NO_COLOR && Boolean(context.stdout.isTTY);
  return createOutput({ json: Boolean(globals.json), color, stdout: context.stdout, stderr: context.stderr });
}

/** The database path this invocation names: --db, then PROPER_DB, then the data folder (SPEC §2). */
export function databasePath(invocation: Invocation<unknown>, defaultPath?: string): string {
  const { context } = invocation;
  const flag = invocation.globals.db ?? defaultPath;
  return resolveDbPath({ flag, env: context.env, platform: context.platform, home: context.home });
}

/**
 * What an output file of this invocation must never replace: the database it names (and its
 * -wal/-shm), and `inputs` (the file being imported). For commands that write a file without
 * opening the database (import template).
 */
export function outputGuard(invocation: Invocation<unknown>, inputs: readonly string[] = []): OutputGuard {
  return { database: databasePath(invocation), inputs };
}

/** How long to wait for another writer: PROPER_BUSY_TIMEOUT_MS (tests shorten it), else 15 s. */
function busyTimeout(context: Context): number {
  const value = Number(context.env.PROPER_BUSY_TIMEOUT_MS);
  return Number.isInteger(value) && value >= 0 ? value : BUSY_TIMEOUT_MS;
}

/**
 * Opens the database for `work` and closes it afterwards, whatever happens. Storage failures from
 * the open or the work (a lock past the timeout, a missing permission, a full disk) come out as
 * proper's errors (src/db/errors.ts). Throws UsageError 'storage.missing' for a read of a missing file.
 */
export async function withSession<T>(invocation: Invocation<unknown>, work: (session: Session) => Promise<T> | T, options: SessionOptions): Promise<T> {
  const { context } = invocation;
  const dbPath = databasePath(invocation, options.defaultPath);
  const out = await outputFor(invocation);
  const db = openDatabase(dbPath, {
    create: options.mode === 'write',
    readonly: options.mode === 'read',
    audit: options.audit ?? true,
    migrate: options.migrate ?? true,
    user: osUser(context.env),
    now: context.now,
    busyTimeoutMs: busyTimeout(context),
  });
  try {
    return await work({ db, dbPath, today: context.today, out, interactive: isInteractive(invocation), yes: Boolean(invocation.globals.yes), context });
  } catch (error) {
    throw translateWorkError(error, dbPath);
  } finally {
    db.close();
  }
}

export interface Inspection {
  dbPath: string;
  /**
   * Opens the file as it is (never created, migrated or repaired); null when SQLite cannot open it
   * as a database. Asked for by the examination after it has looked at the files themselves (so
   * that the -wal and -shm an open creates are not mistaken for the user's). Closed by the session.
   */
  open: () => Db | null;
  today: Date;
  out: Output;
}

/**
 * `doctor`'s door: the file at the resolved path, opened without any check so that what is wrong
 * with it can be reported. A missing path is exit 2 (SPEC §2), a folder too.
 */
export async function withInspection<T>(invocation: Invocation<unknown>, work: (inspection: Inspection) => Promise<T> | T): Promise<T> {
  const { context } = invocation;
  const dbPath = databasePath(invocation);
  if (!existsSync(dbPath)) throw new UsageError('storage.missing', { path: dbPath });
  if (statSync(dbPath).isDirectory()) throw new UsageError('db.isDirectory', { path: dbPath });
  const out = await outputFor(invocation);
  let db: Db | null = null;
  const open = () => (db ??= openForInspection(dbPath));
  try {
    return await work({ dbPath, open, today: context.today, out });
  } catch (error) {
    throw translateWorkError(error, dbPath);
  } finally {
    (db as Db | null)?.close();
  }
}

/**
 * For restore, which replaces the file rather than opening it: the resolved path, then (after
 * `work`) a write session on the restored file so that it is migrated forward through this door.
 */
export async function withDatabasePath<T>(invocation: Invocation<unknown>, work: (dbPath: string) => Promise<T> | T): Promise<T> {
  const dbPath = databasePath(invocation);
  try {
    return await work(dbPath);
  } catch (error) {
    throw translateWorkError(error, dbPath);
  }
}

/** A required value that was not given: a usage error naming the option to pass. */
export function required<T>(value: T | undefined | null | '', flag: string): T {
  if (value === undefined || value === null || value === '') throw new UsageError('cli.error.missingValue', { flag });
  return value;
}
