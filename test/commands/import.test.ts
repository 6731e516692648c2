import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';
import { sample } from '../unit/import/helpers.js';

describe('proper import', () => {
  const { temp, proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2024-06-30' } });
  beforeEach(async () => {
    expect((await proper(['cohort', 'add', 'pkp-xxii', '--program', 'pkp', '--number', '22', '--year', '2024'])).code).toBe(0);
  });

  it('imports a list and prints the JSON summary on stdout', async () => {
    const result = await proper(['import', 'participants', sample('peserta-pkp-xxii-medan.csv'), '--cohort', 'pkp-xxii', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({ file: sample('peserta-pkp-xxii-medan.csv'), rows: 30, added: 30, updated: 0, unchanged: 0, rejected: 0, errors: [], unknown_columns: [], warnings: [], dry_run: false });
    const again = (await proper(['impor', 'peserta', sample('peserta-pkp-xxii-medan.csv'), '--cohort', 'pkp-xxii', '--json'])).json();
    expect(again).toMatchObject({ added: 0, unchanged: 30 });
  });

  it('exits 3 and prints FILE:LINE: field: reason for each invalid row, writing nothing', async () => {
    const file = sample('peserta-tiga-salah.csv');
    const result = await proper(['import', 'participants', file, '--cohort', 'pkp-xxii', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(`${file}:`));
    expect(lines.map((l) => l.split(':').slice(1, 3).join(':'))).toEqual(['4: nip', '7: gender', '10: name']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await proper(['participant', 'list', '--json'])).json()).toEqual([]);
  });

  it('prints the errors in the JSON summary too, and a dry run exits 3 on an invalid row', async () => {
    const result = await proper(['import', 'participants', sample('peserta-tiga-salah.csv'), '--cohort', 'pkp-xxii', '--dry-run', '--json']);
    expect(result.code).toBe(3);
    const summary = result.json();
    expect(summary).toMatchObject({ rows: 10, rejected: 3, dry_run: true });
    expect(summary.errors.map((e: { line: number }) => e.line)).toEqual([4, 7, 10]);
    const clean = await proper(['import', 'participants', sample('peserta-pkp-xxii-medan.csv'), '--cohort', 'pkp-xxii', '--dry-run', '--json']);
    expect(clean.code).toBe(0);
    expect(clean.json()).toMatchObject({ added: 30, dry_run: true });
    expect((await proper(['participant', 'list', '--json'])).json()).toEqual([]);
  });

  it('imports the valid rows with --skip-invalid and writes NAME.rejected.csv', async () => {
    const file = path.join(path.dirname(temp.db), 'peserta-tiga-salah.csv');
    fs.copyFileSync(sample('peserta-tiga-salah.csv'), file);
    const result = await proper(['import', 'participants', file, '--cohort', 'pkp-xxii', '--skip-invalid', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ added: 7, rejected: 3 });
    expect(fs.readFileSync(path.join(path.dirname(temp.db), 'peserta-tiga-salah.rejected.csv'), 'utf8').trim().split('\r\n')).toHaveLength(4);
  });

  it('exits 4 for an unknown cohort, 2 for a missing file or --cohort', async () => {
    expect((await proper(['import', 'participants', sample('peserta-pkp-xxii-medan.csv'), '--cohort', 'nope'])).code).toBe(4);
    expect((await proper(['import', 'participants', 'tidak-ada.csv', '--cohort', 'pkp-xxii'])).code).toBe(2);
    expect((await proper(['import', 'participants', sample('peserta-pkp-xxii-medan.csv')])).stderr).toContain('--cohort');
  });

  it('imports the Medan projects after their participants', async () => {
    await proper(['import', 'participants', sample('peserta-workshop-inovasi-medan-2019.csv'), '--cohort', 'pkp-xxii']);
    const result = await proper(['impor', 'proyek', sample('proyek-workshop-inovasi-medan-2019.csv'), '--cohort', 'pkp-xxii', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ rows: 6, added: 6 });
    const list = (await proper(['project', 'list', '--cohort', 'pkp-xxii', '--json'])).json<{ stage: string }[]>();
    expect(list.map((p) => p.stage).sort()).toEqual(['adoption', 'implementation', 'implementation', 'presentation', 'presentation', 'presentation']);
  });

  it('writes templates whose example row imports cleanly', async () => {
    const dir = path.dirname(temp.db);
    for (const format of ['csv', 'xlsx']) {
      const file = path.join(dir, `templat.${format}`);
      expect((await proper(['import', 'template', 'participants', '--format', format, '--output', file])).code).toBe(0);
      const result = await proper(['import', 'participants', file, '--cohort', 'pkp-xxii', '--dry-run', '--json']);
      expect(result.code).toBe(0);
      expect(result.json()).toMatchObject({ rows: 1, rejected: 0 });
    }
    expect((await proper(['import', 'template', 'projects', '--output', path.join(dir, 'templat.csv')])).code).toBe(2);
  });
});
