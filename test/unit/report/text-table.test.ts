import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTextTable } from '../../../src/report/text-table.js';
import { renderReport } from '../../../src/report/render.js';
import { cohortModel } from './fixture.js';

const lineWidth = (line: string) => [...line].length;

describe('the text table of the terminal report', () => {
  it('draws a head, right-aligned numbers and a box around the rows', () => {
    const table = drawTextTable(
      [
        [{ content: 'Lulus' }, { content: '3', align: 'right' }],
        [{ content: 'Mengundurkan diri' }, { content: '12', align: 'right' }],
      ],
      { head: [{ content: 'Status' }, { content: 'Jumlah' }], ruled: false },
    );
    expect(table.split('\n')).toEqual([
      '┌───────────────────┬────────┐',
      '│ Status            │ Jumlah │',
      '├───────────────────┼────────┤',
      '│ Lulus             │      3 │',
      '│ Mengundurkan diri │     12 │',
      '└───────────────────┴────────┘',
    ]);
  });

  it('wraps every cell within its column and loses no character', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z ]{0,60}$/), { minLength: 1, maxLength: 8 }), fc.integer({ min: 3, max: 20 }), (texts, w) => {
        const table = drawTextTable(texts.map((content) => [{ content }]), { widths: [w + 2], ruled: true });
        const lines = table.split('\n');
        for (const line of lines) expect(lineWidth(line)).toBe(w + 4);
        const inner = lines.filter((l) => l.startsWith('│')).map((l) => l.slice(2, -2)).join('');
        expect(inner.replace(/\s/g, '')).toBe(texts.join('').replace(/\s/g, ''));
      }),
    );
  });

  it('wraps a 100,000-character name in the cohort report to the terminal width, at once', async () => {
    const model = cohortModel();
    const long = 'A'.repeat(100_000);
    model.projects = model.projects.map((p, i) => (i === 0 ? { ...p, name: long } : p));
    const out = (await renderReport('cohort', model, 'table', { color: false, width: 120 })) as string;
    const lines = out.split('\n');
    expect(Math.max(...lines.map(lineWidth))).toBeLessThanOrEqual(120);
    expect(out.replace(/[^A]/g, '').length).toBeGreaterThanOrEqual(100_000);
  });
});
