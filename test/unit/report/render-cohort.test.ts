import { afterEach, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { setLanguage } from '../../../src/i18n/index.js';
import { renderReport } from '../../../src/report/render.js';
import type { ReportFormat } from '../../../src/report/render.js';
import type { CohortReport } from '../../../src/report/cohort-model.js';
import { andi, budi, cohortModel, dewi, siti } from './fixture.js';
import { asText, parseCsv, readXlsx, xlsxText } from './helpers.js';

const render = (format: ReportFormat, model: CohortReport = cohortModel(), color = false) =>
  renderReport('cohort', model, format, { color, width: 120 });

/** Everything a format shows, as one searchable text (the terminal table unwrapped). */
async function factsText(format: ReportFormat, model: CohortReport = cohortModel()): Promise<string> {
  const out = await renderReport('cohort', model, format, { color: false });
  if (format === 'xlsx') return xlsxText(await readXlsx(out));
  const text = asText(out);
  return format === 'html' ? text.replaceAll('&amp;', '&') : text;
}

afterEach(() => setLanguage('id'));

describe('every format of the cohort report carries the same facts', () => {
  const model = cohortModel();
  const people = [
    ...model.projects.map((p) => [p.nip, p.name]),
    ...model.warnings.map((w) => [w.nip, w.name ?? '']),
  ];
  const facts = [
    'pim4-xxii-2018',
    'XXII',
    'Pusdiklat Kementerian Ketenagakerjaan',
    'Kementerian Ketenagakerjaan',
    'Disnakertrans Provinsi Jawa Timur',
    'III/c',
    'sby-dpmptsp',
    'Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya',
    'Dr. Sri Wahyuni, M.Si.',
    'KIPP 2019 Top 99',
    'Disnaker Kabupaten Bogor',
    'SIAP-Kerja',
    'Sistem Antrean Daring Layanan Kartu Pencari Kerja',
    'Tertahan di tahap implementasi selama 65 hari',
    'Sangat Memuaskan',
    'Direplikasi',
    'Presentasi',
    'Batal',
  ];

  for (const format of ['md', 'table', 'csv', 'html', 'xlsx'] as const) {
    it(`${format} names every participant, project and figure of the fixture`, async () => {
      const text = await factsText(format);
      for (const [nip, name] of people) {
        expect(text).toContain(nip);
        expect(text).toContain(name);
      }
      for (const p of model.projects) expect(text).toContain(p.title.split(' ').slice(0, 2).join(' '));
      for (const fact of facts) expect(text, fact).toContain(fact);
    });
  }
});

describe('markdown', () => {
  it('has a heading per section and a table row per participant with the figures', async () => {
    const md = asText(await render('md'));
    expect(md.startsWith('# Laporan Akhir Angkatan\n')).toBe(true);
    for (const heading of ['## Identitas Angkatan', '## Kunjungan Benchmarking', '## Tahapan Proyek Perubahan',
      '## Daftar Proyek Perubahan', '## Proyek Perubahan yang Diadopsi', '## Proyek Perubahan Terbaik', '## Peringatan']) {
      expect(md).toContain(heading);
    }
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    const andiRow = rows.find((r) => r.includes(andi.nip) && r.includes('SIAP-Kerja') && r.includes('Adopsi'));
    expect(andiRow).toBeDefined();
    expect(andiRow).toContain('| 92,5 |');
    expect(andiRow).toContain('KIPP 2019 Top 99');
    expect(andiRow).toContain('Disnaker Kota Bekasi, Disnaker Kabupaten Bogor');
    expect(rows).toContain('| Presentasi | 2 | 29% |');
    expect(rows).toContain('| **Jumlah** | **7** | **100%** |');
    expect(rows).toContain('| **Jumlah peserta** | 8 |');
    expect(rows.some((r) => r.includes('Rabu, 15 Agustus 2018') && r.includes('sby-dpmptsp') && r.includes('1, 2'))).toBe(true);
    expect(rows.some((r) => r.includes('Tanpa proyek') && r.includes('198001012005011005'))).toBe(true);
  });

  it('draws the pipeline as a text funnel', async () => {
    const md = asText(await render('md'));
    expect(md).toMatch(/```\nIde +1 +█+/);
  });

  it('escapes pipes and markup inside cells', async () => {
    const model = cohortModel();
    model.projects = [{ ...andi, title: 'A | B <script>alert(1)</script>' }];
    const md = asText(await render('md', model));
    expect(md).toContain('A \\| B &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toContain('<script>');
  });

  it('speaks English when the language is en', async () => {
    setLanguage('en');
    const md = asText(await render('md'));
    expect(md).toContain('# End-of-Cohort Report');
    expect(md).toContain('Wednesday, 15 August 2018');
    expect(md).toContain('| Presentation | 2 | 29% |');
    expect(md).toContain('Very Satisfactory');
    expect(md).toContain('| 92.5 |');
    expect(md).toContain('Replicated');
  });
});

describe('terminal table', () => {
  it('is plain text without colour when colour is off, and fits the width', async () => {
    const out = asText(await render('table'));
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toContain('■ Tahapan Proyek Perubahan');
    expect(out).toContain('Rabu, 15 Agustus 2018');
    expect(out).toMatch(/Presentasi +│ +2 │ +29% │ █{30} │/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('colours headings when colour is on', async () => {
    const out = asText(await render('table', cohortModel(), true));
    expect(out).toMatch(/\u001b\[1m/);
  });

  it('says so when a section is empty', async () => {
    const model = cohortModel();
    model.visits = [];
    const out = asText(await render('table', model));
    expect(out).toMatch(/■ Kunjungan Benchmarking\n +Tidak ada\./);
  });
});

describe('csv', () => {
  it('starts with a UTF-8 BOM and uses CRLF', async () => {
    const csv = asText(await render('csv'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('parses back to the same numbers, ISO dates and one block per section', async () => {
    const rows = parseCsv(asText(await render('csv')));
    const find = (first: string, second?: string) =>
      rows.find((r) => r[0] === first && (second === undefined || r[1] === second));
    expect(find('Presentasi')?.slice(0, 3)).toEqual(['Presentasi', '2', '29%']);
    expect(find('Jumlah peserta')?.[1]).toBe('8');
    expect(find('Laki-laki')?.[1]).toBe('4');
    expect(find('Tanggal mulai')?.[1]).toBe('2018-07-16');
    const visit = rows.find((r) => r[0] === '2018-08-15' && r[2] === 'sby-dpmptsp');
    expect(visit).toEqual(['2018-08-15', 'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)', 'sby-dpmptsp', '1; 2', 'Dr. Sri Wahyuni, M.Si.']);
    const project = rows.find((r) => r[1] === andi.nip && r[0] === '1');
    expect(project).toEqual([
      '1', andi.nip, 'Andi Pratama', andi.title, 'SIAP-Kerja', 'Adopsi', '2019-03-20', '92.5', 'Sangat Memuaskan',
      'sby-dpmptsp', 'Disnaker Kota Bekasi; Disnaker Kabupaten Bogor', 'Direplikasi', 'KIPP 2019 Top 99',
      'DPM-PTSP Kota Surabaya (Mal Pelayanan Publik)',
    ]);
    expect(rows.find((r) => r[1] === siti.nip && r[0] === '6')?.[7]).toBe('85');
    expect(rows.find((r) => r[1] === budi.nip && r[0] === '2')?.[7]).toBe('');
    // a blank line, then the section's title, then its header
    const titleAt = rows.findIndex((r) => r[0] === 'Daftar Proyek Perubahan');
    expect(rows[titleAt - 1]).toEqual(['']);
    expect(rows[titleAt + 1]?.slice(0, 3)).toEqual(['No', 'NIP', 'Nama']);
    expect(rows).toContainEqual(['2018-10-31T02:30:00Z']);
  });

  it('keeps dates ISO even in Indonesian', async () => {
    const csv = asText(await render('csv'));
    expect(csv).not.toMatch(/Rabu|Senin|Jumat|\d+ (Agt|Okt|Juli) 2018/);
    expect(csv).toContain('2018-08-15');
  });
});

describe('json', () => {
  it('is the model as it is', async () => {
    const model = cohortModel();
    expect(JSON.parse(asText(await render('json', model)))).toEqual(model);
  });
});

describe('html', () => {
  it('is one self-contained document with the funnel and adoption charts as inline svg', async () => {
    const html = asText(await render('html'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).toContain('Corong Tahapan Proyek Perubahan');
    expect(html).toContain('Adopsi dan Penghargaan');
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toContain('Rabu, 15 Agustus 2018');
    const urls = html.match(/\b(?:https?|ftp):\/\/[^\s"'<>)]*/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
  });

  it('shows the figures: counts of the pipeline, participants, scores', async () => {
    const html = asText(await render('html'));
    expect(html).toMatch(/<div class="value">8<\/div><div class="label">Jumlah peserta<\/div>/);
    expect(html).toMatch(/<td>Presentasi<\/td><td class="num">2<\/td>/);
    expect(html).toContain('92,5');
    expect(html).toContain('KIPP 2019 Top 99');
    expect(html).toContain(`<td class="nip">${dewi.nip}</td>`);
  });

  it('escapes a script in a title and every other text', async () => {
    const model = cohortModel();
    model.projects = [{ ...andi, title: '<script>alert("x")</script>', name: 'A & B "quoted"' }];
    model.cohort.organizer = '<b>Pusdiklat</b>';
    const html = asText(await render('html', model));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Pusdiklat');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A &amp; B &quot;quoted&quot;');
  });

  it('says when there is nothing to chart', async () => {
    const model = cohortModel();
    model.pipeline = { idea: 0, design: 0, implementation: 0, presentation: 0, adoption: 0, dropped: 0 };
    model.projects = [];
    model.adopted = [];
    model.awarded = [];
    model.top_projects = [];
    const html = asText(await render('html', model));
    expect(html).toContain('Belum ada data');
    expect(html).toContain('Tidak ada.');
  });

  it('is English when asked', async () => {
    setLanguage('en');
    const html = asText(await render('html'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Wednesday, 15 August 2018');
    expect(html).toContain('Change Project Funnel');
  });
});

describe('xlsx', () => {
  it('has an overview sheet and one sheet per table', async () => {
    const workbook = await readXlsx(await render('xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan', 'Kelulusan', 'Jenis Kelamin', 'Instansi', 'Golongan', 'Kunjungan', 'Tahapan', 'Milestone', 'Proyek',
      'Diadopsi', 'Penghargaan', 'Terbaik', 'Peringatan',
    ]);
  });

  it('writes bold headers, sized columns, NIPs as text and numbers as numbers', async () => {
    const workbook = await readXlsx(await render('xlsx'));
    const sheet = workbook.getWorksheet('Proyek');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).getCell(2).value).toBe('NIP');
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.getColumn(4).width ?? 0).toBeGreaterThan(20);
    const andiRow = sheet.getRow(2);
    expect(andiRow.getCell(2).value).toBe(andi.nip);
    expect(typeof andiRow.getCell(2).value).toBe('string');
    expect(andiRow.getCell(2).numFmt).toBe('@');
    expect(andiRow.getCell(8).value).toBe(92.5);
    expect(andiRow.getCell(7).value).toEqual(new Date(Date.UTC(2019, 2, 20)));
    const pipeline = workbook.getWorksheet('Tahapan');
    expect(pipeline?.getRow(5).values).toEqual([undefined, 'Presentasi', 2, 2 / 7]);
    expect(pipeline?.getRow(8).getCell(2).value).toBe(7);
  });

  it('puts the identity and the overview figures on the first sheet', async () => {
    const workbook = await readXlsx(await render('xlsx'));
    const text = xlsxText(workbook);
    const overview = workbook.worksheets[0];
    expect(overview?.getRow(1).getCell(1).value).toBe('Laporan Akhir Angkatan');
    expect(overview?.getRow(1).font?.bold).toBe(true);
    expect(text).toContain('Diklat PIM Tingkat IV Angkatan XXII Tahun 2018');
    const rows: unknown[][] = [];
    overview?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Jumlah peserta', 8]);
    expect(rows).toContainEqual(['Tanggal mulai', new Date(Date.UTC(2018, 6, 16))]);
  });

  it('is a Buffer from renderReport, every text format a string', async () => {
    expect(Buffer.isBuffer(await render('xlsx'))).toBe(true);
    for (const format of ['table', 'md', 'csv', 'json', 'html'] as const) {
      expect(typeof (await render(format))).toBe('string');
    }
  });
});

describe('formula neutralisation', () => {
  const nasty = ['=HYPERLINK("http://evil.example","klik")', '+62 812 0000', '-1+1', '@SUM(A1:A9)', '\tTAB', '\rCR'];

  function nastyModel(): CohortReport {
    const model = cohortModel();
    const [title, name, innovation, award, companion, agency] = nasty as [string, string, string, string, string, string];
    const p = { ...andi, title, name, innovation_name: innovation, award };
    model.projects = [p];
    model.awarded = [p];
    model.visits = [{ ...model.visits[0]!, companion }];
    model.participants.by_agency = [{ agency, count: 8 }];
    return model;
  }

  it('prefixes a quote to csv cells that start with =, +, -, @, tab or CR', async () => {
    const rows = parseCsv(asText(await render('csv', nastyModel())));
    const cells = rows.flat();
    for (const value of nasty) {
      expect(cells).toContain(`'${value}`);
      expect(cells).not.toContain(value);
    }
  });

  it('prefixes a quote to such xlsx cells, and writes no formula', async () => {
    const workbook = await readXlsx(await render('xlsx', nastyModel()));
    // XML turns a raw CR into a line feed when the file is read, so compare with CRs as LFs.
    const lf = (v: unknown) => (typeof v === 'string' ? v.replaceAll('\r', '\n') : v);
    const values: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      values.push(lf(cell.value));
      expect(cell.type).not.toBe(6); // ValueType.Formula
    })));
    for (const value of nasty) {
      expect(values).toContain(lf(`'${value}`));
      expect(values).not.toContain(lf(value));
    }
  });
});

describe('xlsx for printing and for Excel users', () => {
  it('writes "Dibuat pada" as a real date, leaves empty cells empty, and prints every sheet on A4 fitted to the width', async () => {
    const workbook = await readXlsx(await render('xlsx'));
    const overview = workbook.worksheets[0]!;
    let generated: unknown;
    overview.eachRow((row) => {
      if (row.getCell(1).value === 'Dibuat pada') generated = row.getCell(2).value;
    });
    expect(generated).toBeInstanceOf(Date);
    expect((generated as Date).toISOString()).toBe('2018-10-31T02:30:00.000Z');
    const projects = workbook.getWorksheet('Proyek')!;
    // Rudi's project has no innovation name, no score, no adoption: empty cells, not "".
    let rudiRow: ExcelJS.Row | undefined;
    projects.eachRow((row) => {
      if (row.getCell(3).value === 'Rudi Hartono') rudiRow = row;
    });
    expect(rudiRow).toBeDefined();
    for (const column of [5, 8, 9, 11, 12, 13]) expect(rudiRow!.getCell(column).value, `column ${column}`).toBeNull();
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
  });
});
