// proper search / cari, project similar and the similarity warning of project add, on the demo
// database, run as a user runs them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { properWith, tempDb } from '../helpers/proper.js';

let temp: ReturnType<typeof tempDb>;
let proper: ReturnType<typeof properWith>;

beforeAll(() => {
  temp = tempDb();
  proper = properWith(temp.db);
  expect(proper(['demo']).code).toBe(0);
});
afterAll(() => temp.cleanup());

describe('proper search', () => {
  it('finds Si-Surat first for "cari surat", with the match marked in plain text', () => {
    const result = proper(['cari', 'surat']);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /│\s*\d+\s*│/.test(line));
    expect(rows[0]).toContain('Sistem pelayanan dan informasi surat masuk');
    expect(result.stdout).toContain('[surat]');
  });

  it('prints [{kind, id, code, title, cohort, stage, snippet, score}] with the raw snippet in JSON', () => {
    const hits = proper(['search', 'surat', '--json']).json<Record<string, unknown>[]>();
    expect(hits[0]).toEqual({
      kind: 'project',
      id: expect.any(Number),
      code: null,
      title: 'Sistem pelayanan dan informasi surat masuk dan surat keluar',
      cohort: 'pim4-medan-2019',
      stage: 'adoption',
      snippet: expect.stringContaining('surat masuk'),
      score: expect.any(Number),
    });
    expect(hits.map((h) => h.title)).toContain('Arsip digital surat keputusan');
    for (const hit of hits) {
      expect(hit.snippet).not.toMatch(/[\u0001\u0002[\]]/);
      // Each hit's own snippet (both come from the title here).
      expect(hit.title as string).toContain((hit.snippet as string).replaceAll('…', ''));
    }
    expect((hits[0]!.score as number) >= (hits[1]!.score as number)).toBe(true);
  });

  it('finds a word inside longer words, ignoring case and accents, every word required', () => {
    expect(proper(['search', 'SURÁT', '--json']).json<unknown[]>()).toHaveLength(2);
    expect(proper(['search', 'urat', 'keputusan', '--json']).json<{ title: string }[]>().map((h) => h.title)).toEqual(['Arsip digital surat keputusan']);
    expect(proper(['search', 'surat', 'wadul', '--json']).json<unknown[]>()).toEqual([]);
  });

  it('requires a word shorter than a trigram in some column, alone or beside indexed words', () => {
    expect(proper(['search', 'K3', '--json']).json<{ title: string }[]>().map((h) => h.title)).toEqual(['Penanganan keluhan K3 berbasis pesan singkat']);
    expect(proper(['search', 'surat', 'di', '--json']).json<{ title: string }[]>().map((h) => h.title)).toEqual(['Arsip digital surat keputusan']);
  });

  it('takes quotes, stars, parentheses, AND and minus as plain text', () => {
    for (const query of ['"surat', 'surat*', '(surat)', 'surat AND', '-surat', 'NEAR(surat', 'surat:']) {
      const result = proper(['search', '--json', '--', query]);
      expect(result.code, query).toBe(0);
    }
    expect(proper(['search', 'surat', 'AND', '--json']).json<unknown[]>()).toEqual([]);
  });

  it('searches lokus names and innovations, and leaves lokus out when a project filter is given', () => {
    const lokus = proper(['search', 'wadul', '--in', 'lokus', '--json']).json<{ kind: string; code: string }[]>();
    expect(lokus).toEqual([expect.objectContaining({ kind: 'lokus', code: 'sby-dkrth', cohort: null, stage: null })]);
    expect(proper(['search', 'wadul', '--year', '2019', '--json']).json<unknown[]>()).toEqual([]);
    expect(proper(['search', 'surat', '--year', '2019', '--stage', 'adopsi', '--program', 'pim4', '--json']).json<{ id: number }[]>()).toHaveLength(1);
    expect(proper(['search', 'surat', '--limit', '1', '--json']).json<unknown[]>()).toHaveLength(1);
  });

  it('exits 2 for --in outside its list or an empty query, 3 for an unknown stage or program', () => {
    expect(proper(['search', 'surat', '--in', 'people']).code).toBe(2);
    expect(proper(['search', '"*"']).code).toBe(2);
    expect(proper(['search', 'surat', '--limit', 'x']).code).toBe(2);
    expect(proper(['search', 'surat', '--stage', 'finished']).code).toBe(3);
    expect(proper(['search', 'surat', '--program', 'pim9']).code).toBe(3);
  });
});

describe('similar projects', () => {
  it('warns at project add of Si-Surat, naming its cohort, title and stage, and lists it under similar in JSON', () => {
    expect(proper(['cohort', 'add', 'pim4-xxx-2020', '--program', 'pim4', '--number', '30', '--year', '2020', '--start-date', '2020-02-03']).code).toBe(0);
    expect(proper(['participant', 'add', '198203152008011004', '--name', 'Budi Santoso', '--cohort', 'pim4-xxx-2020']).code).toBe(0);
    expect(proper(['participant', 'add', '198507222010012003', '--name', 'Sri Lestari', '--cohort', 'pim4-xxx-2020']).code).toBe(0);
    const added = proper(['proyek', 'add', '--nip', '198203152008011004', '--cohort', 'pim4-xxx-2020', '--title', 'Aplikasi pengelolaan surat masuk dan keluar']);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/pim4-medan-2019: "Sistem pelayanan dan informasi surat masuk dan surat keluar" \(tahap adopsi\)/);
    expect(added.stderr).toMatch(/Mirip \(0,\d\d\)/);

    const json = proper(['project', 'add', '--nip', '198507222010012003', '--cohort', 'pim4-xxx-2020', '--title', 'Persuratan masuk dan keluar secara daring', '--json']);
    expect(json.code).toBe(0);
    expect(json.json().similar).toEqual([expect.objectContaining({ cohort: 'pim4-medan-2019', stage: 'adoption', similarity: expect.any(Number) })]);
    expect(json.json().similar[0].similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('warns per line at import projects, and lists the lines under similar in the summary', () => {
    expect(proper(['participant', 'add', '197912122005011002', '--name', 'Andi Wijaya', '--cohort', 'pim4-xxx-2020']).code).toBe(0);
    const file = join(temp.dir, 'proyek.csv');
    writeFileSync(file, 'NIP,Judul\n197912122005011002,Pengarsipan surat keputusan secara digital\n');
    const plain = proper(['import', 'projects', file, '--cohort', 'pim4-xxx-2020', '--dry-run']);
    expect(plain.stderr).toMatch(/Baris 2: .*pim4-xxii-2018: "Arsip digital surat keputusan" \(tahap implementasi\)/);
    const summary = proper(['import', 'projects', file, '--cohort', 'pim4-xxx-2020', '--json']).json();
    expect(summary.similar).toEqual([expect.objectContaining({ line: 2, cohort: 'pim4-xxii-2018', title: 'Arsip digital surat keputusan' })]);
  });

  it('lists the projects of other cohorts most like a project, highest first', () => {
    const siSurat = proper(['search', 'Si-Surat', '--json']).json<{ id: number }[]>()[0]!.id;
    const similar = proper(['project', 'similar', String(siSurat), '--json']).json<{ cohort: string; similarity: number }[]>();
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.every((s) => s.cohort !== 'pim4-medan-2019' && s.similarity > 0 && s.similarity <= 1)).toBe(true);
    expect(similar.map((s) => s.similarity)).toEqual([...similar.map((s) => s.similarity)].sort((a, b) => b - a));
    expect(proper(['project', 'similar', '99999']).code).toBe(4);
    expect(proper(['project', 'similar', 'abc']).code).toBe(2);
  });
});
