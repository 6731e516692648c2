import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { renderReport } from '../../../src/report/render.js';
import { setLanguage } from '../../../src/i18n/index.js';
import { cohortModel, lokusModel, summaryModel } from './fixture.js';
it('smoke', async () => {
  for (const lang of ['id', 'en'] as const) {
    setLanguage(lang);
    for (const [kind, model] of [['cohort', cohortModel()], ['lokus', lokusModel()], ['summary', summaryModel()]] as const) {
      for (const fmt of ['table', 'md', 'csv', 'html', 'xlsx'] as const) {
        const out = await renderReport(kind, model as never, fmt, { color: false, width: 120 });
        writeFileSync(`/tmp/smoke-${lang}-${kind}.${fmt === 'table' ? 'txt' : fmt}`, out);
      }
    }
  }
  setLanguage('id');
});
