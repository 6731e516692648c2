// The report figures migration 006 keeps (figures_*): what `doctor` checks of them, and their
// rebuild from the records for a file whose figures cannot be trusted (a restored backup).
// Each kept table has its rule beside it as a view (figures_*_source) computing the same rows.
import type { Db } from './open.js';

/** The schema version that brought the kept figures. */
export const FIGURES_SCHEMA_VERSION = 6;

export interface FiguresFinding {
  table: string;
  /** Rows the records give that the table lacks or holds otherwise. */
  missing: number;
  /** Rows of the table the records do not give (left over, or holding other figures). */
  extra: number;
}

// Names and columns are constants of this file, never input. figures_lokus sums figures_lokus_visits,
// so it is checked after it and rebuilt from it.
const KEPT = [
  { table: 'figures_lokus_visits', columns: 'lokus_id, first_date, cohort_code, cohort_id, visits, groups_sent, participants_sent' },
  {
    table: 'figures_lokus',
    columns: 'lokus_id, visits, groups_sent, participants_sent, cohorts, projects_inspired, reached_presentation, adopted',
  },
] as const;

/**
 * Each kept table whose rows differ from what its rule computes, with how many rows differ each way;
 * empty when they agree. Reads every record once: for `doctor`, not for reports.
 */
export function reportFigureFindings(db: Db): FiguresFinding[] {
  const findings: FiguresFinding[] = [];
  for (const { table, columns } of KEPT) {
    const { missing, extra } = db
      .prepare(
        `SELECT (SELECT count(*) FROM (SELECT ${columns} FROM ${table}_source EXCEPT SELECT ${columns} FROM ${table})) AS missing,
                (SELECT count(*) FROM (SELECT ${columns} FROM ${table} EXCEPT SELECT ${columns} FROM ${table}_source)) AS extra`,
      )
      .get() as { missing: number; extra: number };
    if (missing > 0 || extra > 0) findings.push({ table, missing, extra });
  }
  return findings;
}

/**
 * Computes every kept figure again from the records, in one transaction. The per-lokus rows go
 * first, so that refilling the per-cohort rows does not sum each lokus again on every row.
 */
export function rebuildReportFigures(db: Db): void {
  db.transaction(() => {
    for (const { table } of [...KEPT].reverse()) db.prepare(`DELETE FROM ${table}`).run();
    for (const { table, columns } of KEPT) db.prepare(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table}_source`).run();
  })();
}
