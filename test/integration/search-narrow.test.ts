// Search takes two ways into the trigram index: the phrases themselves when many rows may match,
// or each word's rarest trigrams and then the text of the few rows they name. Both must find
// exactly what FTS5's phrases find.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { allOf, searchProjects } from '../../src/db/search.js';
import { NARROW_LIMIT, narrowedProjectMatch } from '../../src/db/search-narrow.js';
import { tempDb } from '../helpers/proper.js';

const MANY = NARROW_LIMIT + 1000;
/** Rows holding "perizinan" and "daring", in forms the index folds: case, accents, inside longer words. */
const RARE: Record<number, [title: string, innovation: string | null]> = {
  17: ['Perizinan daring terpadu', null],
  905: ['Layanan PERIZÍNAN', 'Si-Daring'],
  2500: ['Pelayanan perizinan luring', null],
  3333: ['Sistem keperizinanku berbasis dáringan', null],
};

let temp: ReturnType<typeof tempDb>;
let db: Db;

beforeAll(() => {
  temp = tempDb();
  db = openDatabase(temp.db, { audit: false, now: () => new Date('2026-01-01T00:00:00Z') });
  db.exec(`
    INSERT INTO cohorts (id, code, program, number, year) VALUES (1, 'pkp-i-2024', 'pkp', 1, 2024);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MANY})
    INSERT INTO people (id, nip, name) SELECT i, printf('1978051220050%05d', i), 'Peserta ' || i FROM n;
    INSERT INTO enrolments (id, cohort_id, person_id) SELECT id, 1, id FROM people;
    INSERT INTO projects (id, enrolment_id, title, stage, stage_date) SELECT id, id, 'Pelayanan surat nomor ' || id, 'idea', '2024-07-01' FROM enrolments;
  `);
  const rename = db.prepare('UPDATE projects SET title = ?, innovation_name = ? WHERE id = ?');
  for (const [id, [title, innovation]] of Object.entries(RARE)) rename.run(title, innovation, Number(id));
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

/** What FTS5's phrases find, newest first. */
function phraseMatches(words: string[]): number[] {
  return db.prepare('SELECT rowid FROM search_projects WHERE search_projects MATCH ? ORDER BY rowid DESC').pluck().all(allOf(words)) as number[];
}

describe('search through the rarest trigrams', () => {
  it('is taken for words few rows can hold, and not for a word in more rows than it would read', () => {
    expect(narrowedProjectMatch(db, ['perizinan', 'daring'])).not.toBeNull();
    expect(narrowedProjectMatch(db, ['pelayanan'])).toBeNull();
  });

  it('finds exactly what the phrases find, whatever the case, accents or longer word', () => {
    const words = ['Perizinan', 'DARING'];
    expect(phraseMatches(words).sort((a, b) => a - b)).toEqual([17, 905, 3333]);
    const hits = searchProjects(db, { indexed: words, short: [], limit: 50 });
    expect(hits.map((h) => h.id).sort((a, b) => a - b)).toEqual([17, 905, 3333]);
    expect(hits[0]!.snippet).toContain('\u0001');
  });

  it('keeps the short words and the filters of the full way', () => {
    expect(searchProjects(db, { indexed: ['perizinan', 'daring'], short: ['si'], limit: 50 }).map((h) => h.id).sort((a, b) => a - b)).toEqual([905, 3333]);
    expect(searchProjects(db, { indexed: ['perizinan', 'daring'], short: [], limit: 50, year: 2023 })).toEqual([]);
  });
});

describe('search through the phrases', () => {
  it('ranks the newest matches of a common word', () => {
    const hits = searchProjects(db, { indexed: ['pelayanan'], short: [], limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.title.toLowerCase().includes('pelayanan') && h.id > MANY - 1000)).toBe(true);
    expect(phraseMatches(['pelayanan'])).toHaveLength(MANY - 3);
  });
});
