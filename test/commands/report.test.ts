import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { type Proper, properIn, tempDb } from '../helpers/run.js';
import { NIP, TODAY, seedReportFixture } from '../integration/report-fixture.js';
import { parseCsv, readXlsx, xlsxText } from '../unit/report/helpers.js';

describe('proper report', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;
  beforeAll(async () => {
    temp = tempDb();
    const db = openDatabase(temp.db);
    seedReportFixture(db);
    db.close();
    proper = properIn(temp.db, { today: null, env: { PROPER_TODAY: TODAY } });
  });
  afterAll(() => temp.cleanup());

  it('prints the cohort report as json with --json, the same as --format json', async () => {
    const result = await proper(['report', 'cohort', 'pim4-xxii-2018', '--json']);
    expect(result.code).toBe(0);
    const model = result.json();
    expect(model.participants.total).toBe(8);
    expect(model.participants.by_status).toEqual({ active: 4, passed: 3, failed: 1, withdrawn: 1 });
    expect(model.pipeline).toEqual({ idea: 1, design: 1, implementation: 1, presentation: 2, adoption: 1, dropped: 1 });
    expect(model.warnings.map((w: { kind: string }) => w.kind)).toEqual(['no_project', 'missing_score']);
    const viaFormat = (await proper(['laporan', 'angkatan', 'pim4-xxii-2018', '--format', 'json'])).json();
    expect({ ...viaFormat, generated_at: null }).toEqual({ ...model, generated_at: null });
  });

  it('takes --top and --stall-days', async () => {
    const model = (await proper(['report', 'cohort', 'pim4-xxii-2018', '--json', '--top', '1', '--stall-days', '54'])).json();
    expect(model.top_projects.map((p: { nip: string }) => p.nip)).toEqual([NIP.andi]);
    expect(model.warnings.filter((w: { kind: string }) => w.kind === 'stalled').map((w: { nip: string }) => w.nip)).toEqual([NIP.dewi, NIP.rudi]);
  });

  it('prints a plain table without colour by default when stdout is not a terminal', async () => {
    const result = await proper(['report', 'cohort', 'pim4-xxii-2018'], { env: { NO_COLOR: undefined } });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toContain('Andi Pratama');
    expect(result.stdout).toContain('Peserta belum memiliki proyek perubahan');
  });

  it('prints markdown with a table row per project and the pipeline figures', async () => {
    const md = (await proper(['report', 'cohort', 'pim4-xxii-2018', '--format', 'md'])).stdout;
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    const andi = rows.find((r) => r.includes(NIP.andi) && r.includes('SIAP-Kerja'));
    expect(andi).toContain('92,5');
    expect(andi).toContain('Disnaker Kota Bekasi, Disnaker Kabupaten Bogor');
    expect(andi).toContain('KIPP 2019 Top 99');
    expect(rows).toContain('| Presentasi | 2 | 29% |');
    expect(rows).toContain('| **Jumlah peserta** | 8 |');
    expect(rows).toContain('| **Mengundurkan diri** | 1 |');
    expect(rows.some((r) => r.includes('Tanpa proyek') && r.includes(NIP.agus))).toBe(true);
  });

  it('writes csv that parses back with the same figures and neutralised formulas', async () => {
    const result = await proper(['report', 'cohort', 'pim4-xxii-2018', '--format', 'csv']);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(result.stdout);
    expect(rows.some((r) => r[0] === 'Presentasi' && r[1] === '2')).toBe(true);
    const dewi = rows.find((r) => r.includes(NIP.dewi) && r.includes('Dewi Lestari') && r.length > 8);
    expect(dewi).toContain('\'=HYPERLINK("x")');
    expect(rows.some((r) => r.includes(NIP.andi) && r.includes('92.5') && r.includes('2019-03-20'))).toBe(true);
  });

  it('writes a self-contained html file with the svg funnel and the figures, saying so on stderr', async () => {
    const file = join(temp.dir, 'laporan.html');
    const result = await proper(['report', 'cohort', 'pim4-xxii-2018', '--format', 'html', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('SIAP-Kerja');
    expect(html).toContain(NIP.agus);
    expect(html).not.toMatch(/<link|<script src|https?:\/\/(?!www\.w3\.org)/);
  });

  it('writes xlsx that exceljs reads back with the projects and NIPs as text', async () => {
    const file = join(temp.dir, 'laporan.xlsx');
    expect((await proper(['report', 'cohort', 'pim4-xxii-2018', '--format', 'xlsx', '--output', file])).code).toBe(0);
    const workbook = await readXlsx(readFileSync(file));
    const text = xlsxText(workbook);
    for (const fact of [NIP.andi, 'Andi Pratama', 'SIAP-Kerja', 'KIPP 2019 Top 99', 'Disnaker Kabupaten Bogor', NIP.agus]) expect(text).toContain(fact);
    let nipCell: unknown;
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === NIP.andi) nipCell = cell.value;
    })));
    expect(typeof nipCell).toBe('string');
  });

  it('refuses xlsx without --output with exit 2, and an unknown format with exit 2', async () => {
    const xlsx = await proper(['report', 'cohort', 'pim4-xxii-2018', '--format', 'xlsx']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('--output');
    expect(xlsx.stdout).toBe('');
    const pdf = await proper(['report', 'cohort', 'pim4-xxii-2018', '--format', 'pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('pdf');
    expect((await proper(['report', 'cohort', 'pim4-xxii-2018', '--top', 'lots'])).code).toBe(2);
  });

  it('exits 4 for an unknown cohort', async () => {
    const result = await proper(['report', 'cohort', 'nope', '--json', '--lang', 'en']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Cohort "nope" not found');
    expect(result.stdout).toBe('');
  });

  it('prints the summary, filtered by year and program, in json and md', async () => {
    const all = (await proper(['report', 'rekap', '--json'])).json<{ code: string; mean_score: number | null }[]>();
    expect(all.map((r) => [r.code, r.mean_score])).toEqual([['pim4-xxii-2018', 84.2], ['pkp-i-2019', 75.5], ['pim3-i-2020', null]]);
    expect((await proper(['report', 'summary', '--year', '2019', '--json'])).json<{ code: string }[]>().map((r) => r.code)).toEqual(['pkp-i-2019']);
    expect((await proper(['report', 'summary', '--program', 'PIM IV', '--json'])).json<{ code: string }[]>().map((r) => r.code)).toEqual(['pim4-xxii-2018']);
    const md = (await proper(['report', 'summary', '--format', 'md'])).stdout;
    expect(md).toContain('| pim4-xxii-2018 | PIM IV | 2018 | 8 | 3 | 1 | 1 | 1 | 1 | 1 | 2 | 1 | 1 | 1 | 84,2 |');
    expect((await proper(['report', 'summary', '--year', 'kemarin'])).code).toBe(3);
  });

  it('prints the lokus report, limited to a cohort', async () => {
    const rows = (await proper(['report', 'lokus', '--cohort', 'pkp-i-2019', '--json'])).json<{ code: string; participants_sent: number; adopted: number }[]>();
    expect(rows.map((r) => [r.code, r.participants_sent, r.adopted])).toEqual([['sby-dpmptsp', 3, 1]]);
    expect((await proper(['laporan', 'lokus', '--cohort', 'nope'])).code).toBe(4);
    expect((await proper(['report', 'lokus', '--format', 'md'])).stdout).toContain('Mal Pelayanan Publik Kota Malang');
  });
});
