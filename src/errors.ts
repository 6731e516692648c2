// The error taxonomy (SPEC §5). An expected error carries a message key, the values it names and
// the exit code; the top-level handler in src/cli/main.ts renders it without a stack. Anything
// that is not a ProperError is a bug: exit 1, one line, the stack only with PROPER_DEBUG=1.
import type { Params } from './i18n/index.js';

export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalidData: 3,
  notFound: 4,
  conflict: 5,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class ProperError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly key: string,
    readonly params: Params = {},
    /** Further lines, already in the user's language (for example one per invalid import row). */
    readonly details: string[] = [],
  ) {
    super(key);
    this.name = new.target.name;
  }
}

/** Unknown command or option, missing or malformed argument, unreadable input file: exit 2. */
export class UsageError extends ProperError {
  constructor(key: string, params: Params = {}, details: string[] = []) {
    super(ExitCode.usage, key, params, details);
  }
}

/** Validation failed and nothing was written: exit 3. */
export class InvalidDataError extends ProperError {
  constructor(key: string, params: Params = {}, details: string[] = []) {
    super(ExitCode.invalidData, key, params, details);
  }
}

/** The cohort, participant, lokus or project named does not exist: exit 4. */
export class NotFoundError extends ProperError {
  constructor(key: string, params: Params = {}, details: string[] = []) {
    super(ExitCode.notFound, key, params, details);
  }
}

/** Duplicate key, a database newer than this program, or a lock held past the timeout: exit 5. */
export class ConflictError extends ProperError {
  constructor(key: string, params: Params = {}, details: string[] = []) {
    super(ExitCode.conflict, key, params, details);
  }
}

/** The user pressed Ctrl-C (in a prompt, or during an import): exit 130, nothing written. */
export class InterruptedError extends ProperError {
  constructor(key = 'error.interrupted', params: Params = {}) {
    super(ExitCode.interrupted, key, params);
  }
}

/** The disk is full or failed (an I/O error), reported with its path and cause: exit 1. */
export class StorageFailure extends ProperError {
  constructor(key: string, params: Params = {}, details: string[] = []) {
    super(ExitCode.failure, key, params, details);
  }
}
