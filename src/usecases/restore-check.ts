// What a backup must pass before it may replace the live database. The candidate is untrusted
// input (a file from a USB stick or a colleague): its private staged copy is checked as it is,
// migrated forward there when older, and checked again; anything not exactly the schema this
// version of proper creates is refused, with every difference named.
import { statSync } from 'node:fs';
import { openCandidate, useRollbackJournal } from '../db/candidate.js';
import { foreignKeyViolations, integrityFindings, looksLikeSqlite, missingCoreTables } from '../db/doctor.js';
import { applyMigrations, SCHEMA_VERSION, schemaVersion } from '../db/migrate.js';
import { rebuildReportFigures } from '../db/report-figures.js';
import type { Db } from '../db/open.js';
import type { SchemaDifference } from '../db/schema.js';
import { schemaDifferences } from '../db/schema.js';
import { ConflictError, InvalidDataError } from '../errors.js';
import { describeDifference } from './schema-words.js';

/**
 * Checks the staged copy `staged` of the backup `file`, migrates it to SCHEMA_VERSION and checks
 * it again, then computes its report figures again from its records (a copied file's figures are
 * not trusted); returns the candidate's own version. Leaves the copy closed, whole and self-contained
 * (rollback journal, no -wal). Throws InvalidDataError (exit 3) or ConflictError (newer, exit 5).
 */
export function checkAndMigrateCandidate(staged: string, file: string): number {
  if (statSync(staged).size === 0 || !looksLikeSqlite(staged)) throw new InvalidDataError('admin.restore.notADatabase', { file });
  let db: Db;
  try {
    db = openCandidate(staged);
  } catch {
    throw new InvalidDataError('admin.restore.notADatabase', { file });
  }
  try {
    const version = checkAsFound(db, file);
    if (version < SCHEMA_VERSION) {
      useRollbackJournal(db);
      try {
        applyMigrations(db);
      } catch (error) {
        throw new InvalidDataError('admin.restore.migrationFailed', { file, version, reason: (error as Error).message });
      }
      refuseDifferences(schemaDifferences(db, SCHEMA_VERSION), file);
      refuseBrokenReferences(db, file);
    }
    useRollbackJournal(db);
    // Figures derived from the records are computed here, not taken from the file (migration 006).
    rebuildReportFigures(db);
    return version;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_')) throw new InvalidDataError('admin.restore.notADatabase', { file });
    throw error;
  } finally {
    // Closing the last connection checkpoints a copied WAL into the staged file.
    db.close();
  }
}

/** The checks of the file as it came: version, integrity, the whole schema of its version, references. */
function checkAsFound(db: Db, file: string): number {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) throw new ConflictError('admin.restore.newer', { file, version, supported: SCHEMA_VERSION });
  if (version < 0) throw new InvalidDataError('admin.restore.negativeVersion', { file, version });
  const integrity = integrityFindings(db);
  if (integrity.length > 0) throw new InvalidDataError('admin.restore.integrity', { file, count: integrity.length }, integrity.slice(0, 20));
  const missing = missingCoreTables(db);
  if (version === 0 || missing.length > 0) throw new InvalidDataError('admin.restore.notProper', { file, tables: missing.join(', ') || '-' });
  refuseDifferences(schemaDifferences(db, version), file);
  refuseBrokenReferences(db, file);
  return version;
}

function refuseDifferences(differences: SchemaDifference[], file: string): void {
  if (differences.length === 0) return;
  throw new InvalidDataError(
    'admin.restore.schema',
    { file, count: differences.length },
    differences.map((d) => `  - ${describeDifference(d)}`),
  );
}

function refuseBrokenReferences(db: Db, file: string): void {
  const violations = foreignKeyViolations(db);
  if (violations.length === 0) return;
  throw new InvalidDataError(
    'admin.restore.foreignKeys',
    { file, count: violations.length },
    violations.slice(0, 20).map((v) => `  ${v.table} #${v.rowid ?? '?'} → ${v.parent}`),
  );
}
