import { describe, expect, it } from 'vitest';
import { chooseReportFormat } from '../../../src/report/format-choice.js';

const choose = (format: string | undefined, output?: string, json = false) => chooseReportFormat({ format, output, json });

describe('the report format (SPEC §4)', () => {
  it('follows the --output extension when no --format is given; .txt is table', () => {
    expect(choose(undefined, 'laporan.xlsx')).toEqual({ ok: true, value: 'xlsx' });
    expect(choose(undefined, 'LAPORAN.HTML')).toEqual({ ok: true, value: 'html' });
    expect(choose(undefined, 'a.md')).toEqual({ ok: true, value: 'md' });
    expect(choose(undefined, 'a.txt')).toEqual({ ok: true, value: 'table' });
    expect(choose(undefined, 'a.json')).toEqual({ ok: true, value: 'json' });
    expect(choose(undefined, 'laporan')).toEqual({ ok: true, value: 'table' });
    expect(choose(undefined)).toEqual({ ok: true, value: 'table' });
  });

  it('refuses a --format or --json that contradicts the extension', () => {
    expect(choose('md', 'laporan.html')).toMatchObject({ ok: false, problem: { key: 'reportcli.error.extensionConflict' } });
    expect(choose(undefined, 'laporan.html', true)).toMatchObject({ ok: false, problem: { key: 'reportcli.error.extensionConflict' } });
    expect(choose('html', 'laporan.html')).toEqual({ ok: true, value: 'html' });
  });

  it('takes excel as xlsx, refuses pdf, and needs --output for xlsx', () => {
    expect(choose('excel', 'a.xlsx')).toEqual({ ok: true, value: 'xlsx' });
    expect(choose('Markdown')).toEqual({ ok: true, value: 'md' });
    expect(choose('pdf')).toMatchObject({ ok: false, problem: { key: 'reportcli.error.unknownFormat' } });
    expect(choose('xlsx')).toMatchObject({ ok: false, problem: { key: 'reportcli.error.xlsxNeedsOutput' } });
    expect(choose('md', undefined, true)).toMatchObject({ ok: false, problem: { key: 'reportcli.error.formatConflict' } });
  });
});
