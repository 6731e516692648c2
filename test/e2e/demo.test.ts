import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { properWith, runProper, tempDb } from '../helpers/proper.js';

describe('proper demo', () => {
  let temp: ReturnType<typeof tempDb>;
  beforeEach(() => {
    temp = tempDb();
  });
  afterEach(() => temp.cleanup());

  it('prints the end-of-angkatan report of the Kemnaker PIM IV demo cohort without touching the user database', () => {
    const result = runProper(['demo'], { env: { PROPER_DB: temp.db } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Diklat PIM Tingkat IV Angkatan XXII Tahun 2018');
    expect(result.stdout).toContain('Rabu, 15 Agustus 2018');
    expect(result.stdout).toContain('KIPP 2019 Top 99');
    expect(existsSync(temp.db)).toBe(false);
  });

  it('refuses --format pdf as a usage error (2), as report does, and takes a format alias', () => {
    const pdf = runProper(['demo', '--format', 'pdf'], { env: { PROPER_DB: temp.db } });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--format: ');
    expect(runProper(['demo', '--format', 'markdown'], { env: { PROPER_DB: join(temp.dir, 'other.db') } }).code).toBe(0);
  });

  it('gives the same facts as JSON: 16 participants, 14 projects, 3 adopted, 4 visits', () => {
    const report = runProper(['demo', '--json']).json();
    expect(report.cohort).toMatchObject({ code: 'pim4-xxii-2018', program: 'pim4', number: 22 });
    expect(report.participants.total).toBe(16);
    expect(report.visits).toHaveLength(4);
    expect(report.pipeline).toEqual({ idea: 1, design: 1, implementation: 2, presentation: 6, adoption: 3, dropped: 1 });
    expect(report.top_projects[0]).toMatchObject({ innovation_name: 'e-Lapor Latker', score: 92.5, predicate: 'Sangat Memuaskan' });
  });

  it('keeps the demo data in the file named by --db, ready for other commands', () => {
    expect(runProper(['--db', temp.db, 'demo', '--format', 'md']).code).toBe(0);
    const cohorts = properWith(temp.db)(['cohort', 'list', '--json']).json<{ code: string }[]>();
    expect(cohorts.map((c) => c.code)).toEqual(['pim4-xxii-2018', 'pim4-medan-2019']);
  });
});
