// Every format of the sustainability report carries the same facts; html draws its charts as SVG.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n/index.js';
import type { FollowupReport } from '../../../src/report/followup-model.js';
import { renderReport, REPORT_FORMATS } from '../../../src/report/render.js';
import { asText, readXlsx, xlsxText } from './helpers.js';

const model: FollowupReport = {
  as_of: '2021-01-01',
  scope: { cohort: 'pim4-xxii-2018', program: null, year: null },
  projects: 5,
  checks: { due: 8, done: 6, overdue: 2 },
  survival: [
    { months: 6, checked: 4, running: 3, stopped: 1 },
    { months: 12, checked: 2, running: 1, stopped: 1 },
  ],
  stop_reasons: [
    { reason: 'transfer', count: 0 },
    { reason: 'budget', count: 1 },
    { reason: 'reorganization', count: 0 },
    { reason: 'retirement', count: 0 },
    { reason: 'no_support', count: 1 },
    { reason: 'other', count: 0 },
  ],
  ikm: { projects: 2, mean_before: 65, mean_after: 73.25, mean_change: 8.25 },
  by_lokus: [{ code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya', projects: 2, running: 1, stopped: 1 }],
  kipp_candidates: [{ project_id: 1, nip: '198001012005011001', name: 'Rudi Wibowo, S.E.', title: 'Layanan pengaduan daring', innovation_name: 'e-Lapor Latker', months_running: 12 }],
  stopped: [{ project_id: 2, nip: '198001012005011002', name: 'Andi Pratama', cohort: 'pim4-xxii-2018', title: 'Dasbor kinerja', months: 6, date: '2019-07-10', reason: 'budget' }],
};

afterEach(() => setLanguage('id'));

async function factsText(format: (typeof REPORT_FORMATS)[number]): Promise<string> {
  const out = await renderReport('followup', model, format, { color: false, width: 140 });
  if (format === 'xlsx') return xlsxText(await readXlsx(out));
  return asText(out).replaceAll('&amp;', '&');
}

describe('every format of the sustainability report', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format} carries the counts, the reasons, the IKM, the lokus and the KIPP candidates`, async () => {
      const text = await factsText(format);
      for (const fact of ['pim4-xxii-2018', 'sby-dpmptsp', 'e-Lapor Latker', '198001012005011001', 'Dasbor kinerja']) expect(text).toContain(fact);
      if (format === 'json') {
        expect(JSON.parse(text)).toEqual(model);
        return;
      }
      expect(text).toContain('anggaran');
      expect(text).toContain('tidak didukung pimpinan');
      expect(text).toMatch(/73[,.]25/);
      expect(text).toMatch(/8[,.]25/);
    });
  }

  it('draws the survival and the stop reasons as inline SVG charts in html', async () => {
    setLanguage('en');
    const html = String(await renderReport('followup', model, 'html', { color: false }));
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('Check results by month');
    expect(html).toContain('Month 12');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
