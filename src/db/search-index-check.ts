// What `doctor` checks of the search index (migration 004): FTS5's own integrity-check of each
// table, and rows of projects and lokus the index lacks or keeps after they were removed.
import type { Db } from './open.js';

export interface SearchIndexFinding {
  table: string;
  /** Rows of the source table (projects, lokus) the index lacks. */
  missing: number;
  /** Index rows whose source row is gone. */
  extra: number;
  /** FTS5's integrity-check message; null when it passed. */
  integrity: string | null;
}

/** Each index table, its FTS5 integrity-check and the rows it lacks or has too many of. */
const INDEX_CHECKS = [
  {
    table: 'search_projects',
    check: "INSERT INTO search_projects (search_projects) VALUES ('integrity-check')",
    counts: `SELECT (SELECT count(*) FROM projects x WHERE NOT EXISTS (SELECT 1 FROM search_projects s WHERE s.rowid = x.id)) AS missing,
                    (SELECT count(*) FROM search_projects s WHERE NOT EXISTS (SELECT 1 FROM projects x WHERE x.id = s.rowid)) AS extra`,
  },
  {
    table: 'search_words',
    check: "INSERT INTO search_words (search_words) VALUES ('integrity-check')",
    counts: `SELECT (SELECT count(*) FROM projects x WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.rowid = x.id)) AS missing,
                    (SELECT count(*) FROM search_words s WHERE NOT EXISTS (SELECT 1 FROM projects x WHERE x.id = s.rowid)) AS extra`,
  },
  {
    table: 'search_lokus',
    check: "INSERT INTO search_lokus (search_lokus) VALUES ('integrity-check')",
    counts: `SELECT (SELECT count(*) FROM lokus x WHERE NOT EXISTS (SELECT 1 FROM search_lokus s WHERE s.rowid = x.id)) AS missing,
                    (SELECT count(*) FROM search_lokus s WHERE NOT EXISTS (SELECT 1 FROM lokus x WHERE x.id = s.rowid)) AS extra`,
  },
] as const;

/**
 * What is wrong with the search index, for `doctor`: FTS5's own integrity-check of each table, and
 * rows missing from it or left over. Empty when all is well.
 */
export function searchIndexFindings(db: Db): SearchIndexFinding[] {
  const findings: SearchIndexFinding[] = [];
  for (const { table, check, counts } of INDEX_CHECKS) {
    let integrity: string | null = null;
    try {
      db.prepare(check).run();
    } catch (error) {
      // The check is written as an INSERT: a write-protected or busy file cannot run it, which says
      // nothing about the index.
      const code = (error as { code?: string }).code;
      if (code !== 'SQLITE_READONLY' && code !== 'SQLITE_BUSY') integrity = (error as Error).message;
    }
    const { missing, extra } = db.prepare(counts).get() as { missing: number; extra: number };
    if (integrity !== null || missing > 0 || extra > 0) findings.push({ table, missing, extra, integrity });
  }
  return findings;
}
