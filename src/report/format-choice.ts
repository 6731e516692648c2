// Which format a report is written in (SPEC §4): --format, --json, or the --output file's extension.
// Pure: the handler turns a problem into a usage error (2), since the format chooses how a command
// prints, not what is recorded (SPEC §5).
import type { Problem, Result } from '../domain/types.js';

export const REPORT_FORMAT_NAMES = ['table', 'md', 'csv', 'json', 'html', 'xlsx'] as const;
export type ReportFormatName = (typeof REPORT_FORMAT_NAMES)[number];

/** Other names people give the formats: Excel's name for xlsx, the long names of md and the text table. */
const FORMAT_ALIASES: Record<string, ReportFormatName> = {
  excel: 'xlsx',
  xls: 'xlsx',
  markdown: 'md',
  htm: 'html',
  text: 'table',
  txt: 'table',
};

/** The format an --output file's extension names: .html, .xlsx, .md, .csv, .json; .txt is table. */
const EXTENSIONS: Record<string, ReportFormatName> = {
  html: 'html',
  htm: 'html',
  xlsx: 'xlsx',
  md: 'md',
  markdown: 'md',
  csv: 'csv',
  json: 'json',
  txt: 'table',
};

export function formatFromName(name: string): ReportFormatName | undefined {
  const wanted = name.trim().toLowerCase();
  return REPORT_FORMAT_NAMES.find((f) => f === wanted) ?? FORMAT_ALIASES[wanted];
}

export function formatFromPath(path: string): ReportFormatName | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(path.trim());
  return m ? EXTENSIONS[m[1]!.toLowerCase()] : undefined;
}

export interface FormatRequest {
  format?: string | undefined;
  json: boolean;
  output?: string | undefined;
}

const fail = (key: string, params: Problem['params'] = {}): Result<never> => ({ ok: false, problem: { key, params } });

/**
 * The report's format: --format (or one of its aliases), else json with --json, else the
 * extension of --output, else table. Problems (keys of reportcli.error.*): an unknown format, a
 * --format or --json that contradicts the other or the extension, xlsx without --output.
 */
export function chooseReportFormat(request: FormatRequest): Result<ReportFormatName> {
  const { json, output } = request;
  const fromPath = output !== undefined ? formatFromPath(output) : undefined;
  let format: ReportFormatName;
  if (request.format !== undefined) {
    const named = formatFromName(request.format);
    if (named === undefined) {
      return fail('reportcli.error.unknownFormat', { value: request.format, choices: REPORT_FORMAT_NAMES.join(', ') });
    }
    if (json && named !== 'json') return fail('reportcli.error.formatConflict', { format: named });
    format = named;
  } else if (json) {
    format = 'json';
  } else {
    format = fromPath ?? 'table';
  }
  if (fromPath !== undefined && fromPath !== format && output !== undefined) {
    return fail('reportcli.error.extensionConflict', { format, path: output, extension_format: fromPath });
  }
  if (format === 'xlsx' && output === undefined) return fail('reportcli.error.xlsxNeedsOutput');
  return { ok: true, value: format };
}
