// The report format dispatcher: each renderer is imported only when its format is asked for, so
// `proper --help` never loads cli-table3, chalk, date-fns or exceljs.
import type { ReportFormatName as ReportFormat } from './format-choice.js';
import type { ReportKind, ReportModels } from './report-kind.js';

export type { ReportKind, ReportModels } from './report-kind.js';
// The formats are listed once, in format-choice.ts.
export { REPORT_FORMAT_NAMES as REPORT_FORMATS } from './format-choice.js';
export type { ReportFormatName as ReportFormat } from './format-choice.js';

export interface RenderOptions {
  /** Colour (table only); the caller decides from --no-color, NO_COLOR and the TTY. */
  color: boolean;
  /** Terminal width (table only). */
  width?: number;
}

/**
 * The report `model` in `format`: a string for every text format, a Buffer for xlsx. Headings and
 * labels are in the language set with setLanguage(); json is the model as it is.
 */
export async function renderReport<K extends ReportKind>(
  kind: K,
  model: ReportModels[K],
  format: ReportFormat,
  opts: RenderOptions,
): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(model, null, 2)}\n`;
    case 'table':
      return (await import('./render-table.js')).renderTable(kind, model, opts);
    case 'md':
      return (await import('./render-md.js')).renderMarkdown(kind, model);
    case 'csv':
      return (await import('./render-csv.js')).renderCsv(kind, model);
    case 'html':
      return (await import('./render-html.js')).renderHtml(kind, model);
    case 'xlsx':
      return (await import('./render-xlsx.js')).renderXlsx(kind, model);
  }
}
