// What the reading worker (src/import/check-worker.ts) and the main thread (src/import/checked-source.ts)
// say to each other, and how an error crosses between them. A batch's valid rows travel as ONE JSON
// string: cloning a string is a copy, where cloning thousands of small arrays or objects costs more
// than reading them did (structured clone walks every one).
import { ConflictError, InvalidDataError, NotFoundError, ProperError, StorageFailure, UsageError, type ExitCode } from '../errors.js';
import type { Language, Params } from '../i18n/index.js';
import type { Encoding } from './decode.js';
import type { CheckOptions, Rejection } from './participant-check.js';
import type { OpenImportOptions, ImportSource } from './source.js';
import type { RowNote } from './row-shape.js';

export interface CheckWorkerData {
  file: string;
  open: OpenImportOptions;
  check: CheckOptions;
  language: Language;
  /** One Int32: batches posted and not yet taken by the main thread (the worker waits at a limit). */
  inFlight: SharedArrayBuffer;
}

/** The source as the main thread needs it: everything but its records. */
export type SourceFacts = Pick<ImportSource, 'file' | 'format' | 'delimiter' | 'sheet' | 'headerLine' | 'header' | 'mapping' | 'unknownColumns' | 'duplicateColumns'>;

export type WorkerMessage =
  | { type: 'source'; facts: SourceFacts }
  | { type: 'batch'; rows: number; valid: number; packed: string; rejections: Rejection[] }
  | { type: 'end'; warnings: { list: RowNote[]; count: number }; encoding: Encoding | undefined }
  | { type: 'error'; error: SentError };

/** An error as it crosses a thread: an expected one keeps its kind, key and values. */
export type SentError =
  | { proper: true; name: string; exitCode: ExitCode; key: string; params: Params; details: string[] }
  | { proper: false; message: string; stack: string | undefined };

/** Batches in flight at most: the worker waits rather than fill the main thread's memory. */
export const MAX_IN_FLIGHT = 4;

export function sendableError(error: unknown): SentError {
  if (error instanceof ProperError) return { proper: true, name: error.name, exitCode: error.exitCode, key: error.key, params: error.params, details: error.details };
  const e = error instanceof Error ? error : new Error(String(error));
  return { proper: false, message: e.message, stack: e.stack };
}

const KINDS: Record<string, new (key: string, params: Params, details: string[]) => ProperError> = {
  UsageError,
  InvalidDataError,
  NotFoundError,
  ConflictError,
  StorageFailure,
};

/** The error the worker met, rebuilt as the same kind (exit code, message key and values). */
export function receivedError(sent: SentError): Error {
  if (!sent.proper) {
    const error = new Error(sent.message);
    if (sent.stack !== undefined) error.stack = sent.stack;
    return error;
  }
  const Kind = KINDS[sent.name];
  return Kind ? new Kind(sent.key, sent.params, sent.details) : new ProperError(sent.exitCode, sent.key, sent.params, sent.details);
}
