// `proper export TABLE`: each table in the shape of SPEC §4, read row by row with iterate() so that
// exporting a million rows holds one row in memory at a time. Rows come out as arrays in the order
// of `fields`; lists (groups, innovations, adopted_by) as arrays of strings.
import { toRoman } from '../domain/roman.js';
import type { Db } from './open.js';

export const EXPORT_TABLES = ['cohorts', 'participants', 'lokus', 'visits', 'projects', 'events', 'milestones'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

interface TableExport {
  fields: readonly string[];
  /** Fields the query returns as JSON array text. */
  lists: readonly string[];
  sql: string;
  /** Fields computed from the row rather than stored (number_roman). */
  complete?: (row: unknown[]) => unknown[];
}

const PERSON = ['nip', 'id_type', 'name', 'gender', 'birth_date', 'rank', 'grade', 'position', 'agency', 'unit', 'email', 'phone'];

const TABLES: Record<ExportTable, TableExport> = {
  cohorts: {
    fields: ['code', 'program', 'number', 'number_roman', 'year', 'organizer', 'start_date', 'end_date', 'place'],
    lists: [],
    sql: `SELECT code, program, number, year, organizer, start_date, end_date, place FROM cohorts
          ORDER BY year, program, number, code`,
    complete: (row) => [row[0], row[1], row[2], toRoman(row[2] as number), ...row.slice(3)],
  },
  // One row per enrolment (a person never enrolled: once, without a cohort), in the order recorded.
  participants: {
    fields: [...PERSON, 'cohort', 'group', 'status'],
    lists: [],
    sql: `SELECT ${PERSON.map((c) => `p.${c}`).join(', ')}, c.code, e.group_name, e.status
          FROM people p
          LEFT JOIN enrolments e ON e.person_id = p.id
          LEFT JOIN cohorts c ON c.id = e.cohort_id
          ORDER BY p.id, e.id`,
  },
  lokus: {
    fields: ['id', 'code', 'name', 'agency', 'city', 'province', 'innovations'],
    lists: ['innovations'],
    sql: `SELECT l.id, l.code, l.name, l.agency, l.city, l.province,
                 (SELECT json_group_array(name) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = l.id ORDER BY position))
          FROM lokus l ORDER BY l.code`,
  },
  visits: {
    fields: ['id', 'cohort', 'lokus', 'date', 'groups', 'companion'],
    lists: ['groups'],
    sql: `SELECT v.id, c.code, l.code, v.date,
                 (SELECT json_group_array(group_name) FROM (SELECT group_name FROM visit_groups WHERE visit_id = v.id ORDER BY rowid)),
                 v.companion
          FROM visits v JOIN cohorts c ON c.id = v.cohort_id JOIN lokus l ON l.id = v.lokus_id
          ORDER BY v.id`,
  },
  // adopted_by, adoption_kind and award as src/db/projects.ts computes them.
  projects: {
    fields: ['id', 'nip', 'cohort', 'title', 'innovation_name', 'description', 'stage', 'stage_date', 'score', 'predicate',
      'coach', 'mentor', 'examiner', 'inspired_by_lokus', 'adopted_by', 'adoption_kind', 'award'],
    lists: ['adopted_by'],
    sql: `SELECT pr.id, p.nip, c.code, pr.title, pr.innovation_name, pr.description, pr.stage, pr.stage_date,
                 pr.score, pr.predicate, pr.coach, pr.mentor, pr.examiner, l.code,
                 (SELECT json_group_array(adopter) FROM (
                    SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id
                    WHERE a.project_id = pr.id GROUP BY aa.adopter ORDER BY min(a.date), min(a.id), min(aa.rowid))),
                 (SELECT a.kind FROM adoptions a WHERE a.project_id = pr.id ORDER BY a.date DESC, a.id DESC LIMIT 1),
                 (SELECT a.award FROM adoptions a WHERE a.project_id = pr.id AND a.award IS NOT NULL
                    ORDER BY a.date DESC, a.id DESC LIMIT 1)
          FROM projects pr
          JOIN enrolments e ON e.id = pr.enrolment_id
          JOIN people p ON p.id = e.person_id
          JOIN cohorts c ON c.id = e.cohort_id
          LEFT JOIN lokus l ON l.id = pr.inspired_by_lokus_id
          ORDER BY pr.id`,
  },
  events: {
    fields: ['id', 'project_id', 'kind', 'from_stage', 'to_stage', 'date', 'note', 'score', 'predicate', 'recorded_at'],
    lists: [],
    sql: `SELECT id, project_id, kind, from_stage, to_stage, date, note, score, predicate, recorded_at
          FROM project_events ORDER BY id`,
  },
  milestones: {
    fields: ['id', 'project_id', 'horizon', 'description', 'target_date', 'rating', 'evidence'],
    lists: [],
    sql: 'SELECT id, project_id, horizon, description, target_date, rating, evidence FROM milestones ORDER BY id',
  },
};

export function isExportTable(name: string): name is ExportTable {
  return (EXPORT_TABLES as readonly string[]).includes(name);
}

export function exportFields(table: ExportTable): readonly string[] {
  return TABLES[table].fields;
}

/** The table's rows, one at a time, as values in the order of exportFields(table). */
export function* iterateExport(db: Db, table: ExportTable): Generator<unknown[]> {
  const spec = TABLES[table];
  const listIndexes = spec.lists.map((field) => spec.fields.indexOf(field));
  const statement = db.prepare(spec.sql).raw(true);
  for (const stored of statement.iterate() as IterableIterator<unknown[]>) {
    const row = spec.complete ? spec.complete(stored) : stored;
    for (const i of listIndexes) row[i] = JSON.parse(row[i] as string) as string[];
    yield row;
  }
}
