import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n/index.js';
import { renderReport } from '../../../src/report/render.js';
import { lokusModel, summaryModel } from './fixture.js';
import { asText, parseCsv, readXlsx, xlsxText } from './helpers.js';

afterEach(() => setLanguage('id'));

describe('lokus report', () => {
  const render = (format: 'table' | 'md' | 'csv' | 'json' | 'html' | 'xlsx') =>
    renderReport('lokus', lokusModel(), format, { color: false });

  it('lists every lokus with its visits, projects inspired and adopted in every format', async () => {
    for (const format of ['table', 'md', 'csv', 'html'] as const) {
      const text = asText(await render(format));
      for (const row of lokusModel()) {
        expect(text, format).toContain(row.code);
        expect(text, format).toContain(row.name);
      }
      expect(text, format).toContain('pim4-xxiii-2018');
      expect(text, format).toContain('33%');
    }
    const workbook = await readXlsx(await render('xlsx'));
    expect(xlsxText(workbook)).toContain('Dinas Kebersihan dan Ruang Terbuka Hijau Kota Surabaya');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Lokus', 'Proyek Lokus']);
  });

  it('csv parses back to the counts and the totals', async () => {
    const rows = parseCsv(asText(await render('csv')));
    expect(rows.find((r) => r[0] === 'sby-dpmptsp')).toEqual([
      'sby-dpmptsp', 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)', 'Surabaya', '2',
      'pim4-xxii-2018; pim4-xxiii-2018', '3', '52', '9', '6', '3', '33%',
    ]);
    expect(rows.find((r) => r[0] === 'Jumlah')).toEqual(['Jumlah', '', '', '4', '', '5', '90', '13', '8', '3', '23%']);
  });

  it('md has a table row per lokus', async () => {
    const md = asText(await render('md'));
    expect(md).toContain('| sby-dkrth | Dinas Kebersihan dan Ruang Terbuka Hijau Kota Surabaya | Surabaya | 1 | pim4-xxiii-2018 | 1 | 20 | 0 | 0 | 0 |  |');
  });

  it('html draws the inspired and adopted projects per lokus', async () => {
    const html = asText(await render('html'));
    expect(html).toContain('<svg ');
    expect(html).toContain('Proyek Terinspirasi dan Diadopsi per Lokus');
  });

  it('json is the array as it is', async () => {
    expect(JSON.parse(asText(await render('json')))).toEqual(lokusModel());
  });

  it('renders an empty list', async () => {
    const md = asText(await renderReport('lokus', [], 'md', { color: false }));
    expect(md).toContain('_Tidak ada._');
    const html = asText(await renderReport('lokus', [], 'html', { color: false }));
    expect(html).toContain('Belum ada data');
  });
});

describe('summary report', () => {
  const render = (format: 'table' | 'md' | 'csv' | 'json' | 'html' | 'xlsx') =>
    renderReport('summary', summaryModel(), format, { color: false });

  it('has one row per cohort with the pipeline, adopted and mean score', async () => {
    const md = asText(await render('md'));
    expect(md).toContain('| pim4-xxiii-2018 | PIM IV | 2018 | 40 | 38 | 1 | 1 | 0 | 2 | 5 | 25 | 6 | 2 | 6 | 81,4 |');
    expect(md).toContain('| pkp-iii-2024 | PKP | 2024 | 36 | 0 | 0 | 0 | 30 | 6 | 0 | 0 | 0 | 0 | 0 |  |');
    expect(md).toContain('| **Jumlah** |  |  | **84** | **40** | **2** | **2** | **31** | **9** | **6** | **27** | **7** | **3** | **7** |  |');
  });

  it('csv keeps a decimal point and leaves a missing mean empty', async () => {
    const rows = parseCsv(asText(await render('csv')));
    expect(rows.find((r) => r[0] === 'pim4-xxii-2018')).toEqual(['pim4-xxii-2018', 'PIM IV', '2018', '8', '2', '1', '1', '1', '1', '1', '2', '1', '1', '1', '88.8']);
    expect(rows.find((r) => r[0] === 'pkp-iii-2024')?.[14]).toBe('');
  });

  it('xlsx has numbers as numbers and a null mean as an empty cell', async () => {
    const workbook = await readXlsx(await render('xlsx'));
    const sheet = workbook.getWorksheet('Rekapitulasi');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.getRow(2).getCell(15).value).toBe(88.8);
    expect(sheet?.getRow(4).getCell(15).value).toBeNull();
    expect(sheet?.getRow(3).getCell(11).value).toBe(25);
  });

  it('table and html show the same rows; html in English when asked', async () => {
    const table = asText(await render('table'));
    expect(table).toMatch(/pim4-xxiii-2018 .*│ +40 │ +38 │ +1 │ +1 │ +0 │ +2 │ +5 │ +25 │ +6 │ +2 │ +6 │ +81,4 │/);
    setLanguage('en');
    const html = asText(await render('html'));
    expect(html).toContain('Summary of Cohorts');
    expect(html).toContain('81.4');
    expect(html).toContain('Project Stages per Cohort');
  });
});
