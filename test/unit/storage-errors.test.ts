// src/db/errors.ts: every storage or OS failure becomes one proper error with its exit code.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translateStorageError, translateWorkError } from '../../src/db/errors.js';
import { ConflictError, InvalidDataError, ProperError, StorageFailure, UsageError } from '../../src/errors.js';

const failure = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });
const asRoot = process.getuid?.() === 0;

describe('translateStorageError', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'proper-errors-'));
  });
  afterEach(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED'])('turns %s into a conflict (5) naming the file', (code) => {
    const error = translateStorageError(failure(code), '/data/proper.db');
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ProperError).exitCode).toBe(5);
    expect((error as ProperError).params).toEqual({ path: '/data/proper.db' });
  });

  it.each(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])('turns %s into a failure (1) that says the disk is full', (code) => {
    const error = translateStorageError(failure(code), '/data/out.csv');
    expect(error).toBeInstanceOf(StorageFailure);
    expect((error as ProperError).exitCode).toBe(1);
    expect((error as ProperError).key).toBe('storage.diskFull');
  });

  it.each(['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'EIO'])('turns %s into an I/O failure (1) naming the code', (code) => {
    const error = translateStorageError(failure(code), '/data/proper.db');
    expect((error as ProperError).key).toBe('storage.io');
    expect((error as ProperError).exitCode).toBe(1);
    expect((error as ProperError).params.code).toBe(code);
  });

  it.each(['SQLITE_NOTADB', 'SQLITE_CORRUPT'])('turns %s into invalid data (3)', (code) => {
    expect(translateStorageError(failure(code), '/x.db')).toBeInstanceOf(InvalidDataError);
  });

  it.each(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'SQLITE_PERM'])(
    'turns %s into a usage error (2) naming the path',
    (code) => {
      const error = translateStorageError(failure(code), join(dir, 'proper.db'));
      expect(error).toBeInstanceOf(UsageError);
      expect((error as ProperError).exitCode).toBe(2);
      expect((error as ProperError).params.path).toBe(join(dir, 'proper.db'));
    },
  );

  it.skipIf(asRoot)('names the folder when the folder is what may not be written', () => {
    const path = join(dir, 'proper.db');
    writeFileSync(path, '');
    chmodSync(dir, 0o500);
    const error = translateStorageError(failure('SQLITE_CANTOPEN'), path) as UsageError;
    expect(error.key).toBe('storage.folderNotWritable');
    expect(error.params).toEqual({ path, folder: dir });
  });

  it.skipIf(asRoot)('says the file may not be written when it is write-protected', () => {
    const path = join(dir, 'proper.db');
    writeFileSync(path, '');
    chmodSync(path, 0o400);
    expect((translateStorageError(failure('SQLITE_READONLY'), path) as UsageError).key).toBe('storage.noWrite');
  });

  it('leaves a bug a bug, and a proper error as it is', () => {
    const bug = new TypeError('x is undefined');
    expect(translateStorageError(bug, '/x.db')).toBe(bug);
    const known = new ConflictError('db.locked', { path: '/x.db' });
    expect(translateStorageError(known, '/y.db')).toBe(known);
  });
});

describe('translateWorkError', () => {
  it('names the database for an SQLite error and the file itself for a file-system error', () => {
    expect((translateWorkError(failure('SQLITE_BUSY'), '/data/proper.db') as ProperError).params.path).toBe('/data/proper.db');
    const full = translateWorkError(failure('ENOSPC', { path: '/out/report.csv', syscall: 'write' }), '/data/proper.db') as ProperError;
    expect(full.key).toBe('storage.diskFull');
    expect(full.params.path).toBe('/out/report.csv');
  });

  it('leaves an error without a code alone', () => {
    const plain = new Error('boom');
    expect(translateWorkError(plain, '/data/proper.db')).toBe(plain);
  });
});
