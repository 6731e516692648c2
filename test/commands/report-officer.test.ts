// A PKP cohort recorded as an officer does, command by command: a score of 92,25, a project moved
// back from presentation, one adopted twice under two kinds, and the graduation results. Each
// expectation is a wrong or missing number of issue 12 (SPEC §8).
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { type Proper, properIn, tempDb } from '../helpers/run.js';
import { parseCsv, readXlsx, xlsxText } from '../unit/report/helpers.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const C = 'pkp-xxii-2024';
const RAHMAT = '198203152008011004';
const ANI = '198507302010122002';
const BUDI = '197911202003121003';
const CITRA = '198001012005012005';

describe('the report of a cohort with a moved-back project, two adoption kinds and graduation results', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;
  const ok = async (args: string[]) => {
    const result = await proper(args);
    expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    return result;
  };
  beforeAll(async () => {
    temp = tempDb();
    proper = properIn(temp.db, { today: null, env: { PROPER_TODAY: '2024-11-30' } });
    (await ok(['cohort', 'add', C, '--program', 'PKP', '--number', '22', '--year', '2024', '--organizer', 'BPSDM Provinsi Jawa Timur',
      '--start-date', '2024-06-03', '--end-date', '2024-10-25', '--place', 'Surabaya']));
    await ok(['lokus', 'add', 'sby-mpp', '--name', 'Mal Pelayanan Publik Siola Surabaya', '--city', 'Surabaya']);
    await ok(['participant', 'add', RAHMAT, '--cohort', C, '--name', 'Dr. Rahmat Hidayat, M.Si.', '--gender', 'L']);
    await ok(['participant', 'add', ANI, '--cohort', C, '--name', 'Ani Setiawati', '--gender', 'P']);
    await ok(['participant', 'add', BUDI, '--cohort', C, '--name', 'Budi Santoso', '--gender', 'L']);
    await ok(['participant', 'add', CITRA, '--cohort', C, '--name', 'Citra Lestari', '--gender', 'P']);
    (await ok(['project', 'add', '--nip', RAHMAT, '--cohort', C, '--title', 'Layanan izin satu pintu daring', '--innovation-name', 'SIPADU',
      '--inspired-by-lokus', 'sby-mpp', '--date', '2024-06-10']));
    (await ok(['project', 'add', '--nip', ANI, '--cohort', C, '--title', 'Dasbor perencanaan [klik](javascript:alert(1)) ![](http://x.invalid/p.png)',
      '--date', '2024-06-10']));
    await ok(['project', 'add', '--nip', BUDI, '--cohort', C, '--title', 'Arsip digital Bappeda', '--date', '2024-06-10']);
    for (const id of ['1', '2']) {
      await ok(['project', 'advance', id, '--date', '2024-07-01']);
      await ok(['project', 'advance', id, '--date', '2024-08-01']);
    }
    await ok(['project', 'advance', '1', '--date', '2024-10-20', '--score', '92,25']);
    await ok(['project', 'advance', '2', '--date', '2024-10-21', '--score', '90']);
    // No --yes and no terminal: a move back with its reason is an ordinary write (SPEC §4).
    await ok(['project', 'move', '2', '--to', 'design', '--reason', 'Rancangan dikembalikan penguji', '--date', '2024-10-23']);
    await ok(['project', 'adopt', '1', '--by', 'Setda Kota Surabaya', '--kind', 'dilembagakan', '--date', '2024-10-30']);
    await ok(['project', 'adopt', '1', '--by', 'Pemkab Sidoarjo', '--kind', 'diadopsi daerah lain', '--date', '2024-11-15']);
    await ok(['participant', 'edit', RAHMAT, '--cohort', C, '--status', 'lulus']);
    await ok(['participant', 'edit', ANI, '--cohort', C, '--status', 'tidak lulus']);
    await ok(['participant', 'edit', CITRA, '--cohort', C, '--status', 'mengundurkan diri']);
  });
  afterAll(() => temp.cleanup());

  it('counts the project adopted twice once in adopted and under each of its kinds, and ranks only presented projects', async () => {
    const model = (await ok(['report', 'cohort', C, '--json'])).json();
    expect(model.adopted.map((p: { nip: string }) => p.nip)).toEqual([RAHMAT]);
    expect(model.adopted[0].adoption_kinds).toEqual(['institutionalized', 'adopted_elsewhere']);
    expect(model.top_projects.map((p: { nip: string; score: number }) => [p.nip, p.score])).toEqual([[RAHMAT, 92.25]]);
    expect(model.participants.total).toBe(3);
    expect(model.participants.by_status).toEqual({ active: 1, passed: 1, failed: 1, withdrawn: 1 });
  });

  it('shows 92,25 exactly in table, md and html, and 92.25 in csv and xlsx; the graduation results in every format', async () => {
    for (const format of ['table', 'md', 'html']) {
      const out = (await ok(['report', 'cohort', C, '--format', format])).stdout;
      expect(out, format).toContain('92,25');
      expect(out, format).not.toContain('92,3');
      expect(out, format).toContain('Mengundurkan diri');
    }
    const csv = parseCsv((await ok(['report', 'cohort', C, '--format', 'csv'])).stdout);
    expect(csv.some((r) => r.includes('92.25'))).toBe(true);
    expect(csv).toContainEqual(['Mengundurkan diri', '1', '25%']);
    const file = join(temp.dir, 'laporan.xlsx');
    await ok(['report', 'cohort', C, '--output', file]);
    const workbook = await readXlsx(readFileSync(file));
    expect(xlsxText(workbook)).toContain('92.25');
    expect(xlsxText(workbook)).toContain('Mengundurkan diri');
  }, 120_000);

  it('md: counts each adoption kind, names the graduation results, leaves the withdrawn out of "Jumlah peserta"', async () => {
    const md = (await ok(['report', 'cohort', C, '--format', 'md'])).stdout;
    expect(md).toContain('| **Jumlah peserta** | 3 |');
    expect(md).toContain('| **Diadopsi: Dilembagakan** | 1 |');
    expect(md).toContain('| **Diadopsi: Diadopsi daerah lain** | 1 |');
    expect(md).toContain('| Mengundurkan diri | 1 | 25% |');
    expect(md).toContain('| Lulus | 1 | 25% |');
    expect(md).toContain('Dilembagakan, Diadopsi daerah lain');
    // The ranking holds the adopted project only: the one moved back to design left it.
    const top = md.slice(md.indexOf('Aksi Perubahan Terbaik'), md.indexOf('## Peringatan'));
    expect(top).toContain(RAHMAT);
    expect(top).not.toContain(ANI);
    // Stalled days stop at the cohort's end date (2024-10-25): 137 days since 10 June, not 173.
    expect(md).toContain('selama 137 hari');
    // Link and image syntax from a title stays text.
    expect(md).toContain('\\[klik\\](javascript:alert(1))');
    expect(md).toContain('\\!\\[\\](http://x.invalid/p.png)');
    expect(md).not.toContain('[klik](');
    expect(md).not.toContain('![](');
  });

  it('shows the graduation results in the summary report', async () => {
    const summary = (await ok(['report', 'summary', '--json'])).json();
    expect(summary[0]).toMatchObject({ code: C, participants: 3, by_status: { active: 1, passed: 1, failed: 1, withdrawn: 1 } });
    expect((await ok(['report', 'summary', '--format', 'md'])).stdout).toContain('| Mundur |');
  });

  it('takes --as-of for the day the report is drawn up for', async () => {
    const model = (await ok(['report', 'cohort', C, '--json', '--as-of', '2024-09-30'])).json();
    expect(model.as_of).toBe('2024-09-30');
    expect(model.warnings.find((w: { kind: string }) => w.kind === 'stalled').message).toContain('112 hari');
    expect((await proper(['report', 'cohort', C, '--as-of', 'kemarin'])).code).toBe(3);
    expect((await ok(['report', 'summary', '--as-of', '2024-01-01', '--json'])).json()).toEqual([]);
  });

  it('ends the html report with the signature block of settings report.signatory.*', async () => {
    expect((await ok(['report', 'cohort', C, '--format', 'html'])).stdout).not.toContain('class="signature"');
    await ok(['config', 'set', 'report.signatory.place', 'Surabaya']);
    await ok(['config', 'set', 'report.signatory.position', 'Kepala BPSDM Provinsi Jawa Timur']);
    await ok(['config', 'set', 'report.signatory.name', 'Dr. Ir. Ramliyanto, M.P.']);
    await ok(['config', 'set', 'report.signatory.nip', '196912171995031002']);
    const html = (await ok(['report', 'cohort', C, '--format', 'html', '--as-of', '2024-10-25'])).stdout;
    const block = html.slice(html.indexOf('class="signature"'));
    expect(block).toContain('Surabaya, 25 Oktober 2024');
    expect(block).toContain('Kepala BPSDM Provinsi Jawa Timur');
    expect(block).toContain('Dr. Ir. Ramliyanto, M.P.');
    expect(block).toContain('NIP 196912171995031002');
  });

  it('takes the format from the --output extension, refuses a contradiction (2) and takes excel as xlsx', async () => {
    const html = join(temp.dir, 'laporan.html');
    await ok(['report', 'cohort', C, '--output', html]);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const clash = await proper(['report', 'cohort', C, '--format', 'md', '--output', html]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('laporan.html');
    const excel = join(temp.dir, 'rekap.xlsx');
    await ok(['report', 'summary', '--format', 'excel', '--output', excel]);
    expect(readFileSync(excel).subarray(0, 2).toString()).toBe('PK');
  });

  it('finds a cohort code typed in upper case, and answers a mistyped one with the nearest', async () => {
    expect((await ok(['report', 'cohort', 'PKP-XXII-2024', '--json'])).json().cohort.code).toBe(C);
    const typo = await proper(['report', 'cohort', 'pkp-xxi-2024']);
    expect(typo.code).toBe(4);
    expect(typo.stderr).toContain('Mungkin maksud Anda: pkp-xxii-2024?');
  });

  it('names in report lokus the projects each lokus inspired', async () => {
    const [row] = (await ok(['report', 'lokus', '--json'])).json();
    expect(row.projects).toEqual([
      { id: 1, cohort: C, nip: RAHMAT, title: 'Layanan izin satu pintu daring', innovation_name: 'SIPADU', stage: 'adoption' },
    ]);
    expect((await ok(['report', 'lokus', '--format', 'md'])).stdout).toContain('Layanan izin satu pintu daring');
  });
});
