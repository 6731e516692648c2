// The import's transaction and connection settings (SPEC §6: valid rows are written in one
// transaction, either the whole import lands or none of it), and how a database error met inside
// it is told to the officer. The only SQL of the import pipeline outside src/db/participant-writer.ts.
import { ConflictError, ExitCode, ProperError } from '../errors.js';
import type { Db } from './open.js';

/**
 * The connection's settings for the participant import, and a function that puts them back.
 * Every enrolment names the cohort checked inside the transaction and a person this import just
 * found or inserted, so SQLite's foreign-key lookups could never fail and are skipped. The CHECK
 * constraints stay on: they are the file's last defence, whoever writes to it. The page cache is
 * 16 MiB (default 2 MiB) for lists in random NIP order; the generated 1,000,000-row list, in near
 * NIP order, ran as fast with 2 or 32 MiB, and 16 MiB keeps the import well inside SPEC §9's
 * 200 MB budget.
 */
export function bulkPragmas(db: Db): () => void {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  const cacheSize = Number(db.pragma('cache_size', { simple: true }));
  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  return () => {
    db.pragma(foreignKeys ? 'foreign_keys = ON' : 'foreign_keys = OFF');
    db.pragma(`cache_size = ${cacheSize}`);
  };
}
const IMPORT_CACHE_KIB = -16 * 1024;

/** The one write transaction; a failure inside it rolls everything back and is reported as such. */
export function writeAll<T>(db: Db, write: () => T, file: string): T {
  try {
    return db.transaction(write).immediate();
  } catch (error) {
    if (error instanceof ProperError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new ConflictError('db.locked', { path: db.name });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProperError(ExitCode.failure, 'import.error.writeFailed', { file, reason });
  }
}

/** A database error during an import's transaction, as the officer is told it; anything else as is. */
export function writeError(error: unknown, db: Db, file: string): unknown {
  if (error instanceof ProperError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ConflictError('db.locked', { path: db.name });
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new ProperError(ExitCode.failure, 'import.error.writeFailed', { file, reason });
}

/** Opens the participant import's transaction: IMMEDIATE to write, a plain read one for --dry-run. */
export function beginImport(db: Db, write: boolean): void {
  db.exec(write ? 'BEGIN IMMEDIATE' : 'BEGIN');
}

/** Commits the import's transaction. */
export function commitImport(db: Db): void {
  db.exec('COMMIT');
}

/** Rolls back whatever the import left open. */
export function rollbackImport(db: Db): void {
  if (db.inTransaction) db.exec('ROLLBACK');
}
