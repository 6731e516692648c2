// The report for the terminal: a table per section (cli-table3), colour with chalk only when asked,
// and the pipeline drawn as a text funnel. Narrow layout: columns grouped as Section.compact says.
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import { humanCell } from './cell-text.js';
import { compactColumns } from './document.js';
import type { Cell, CompactColumn, Section } from './document.js';
import { dateTime } from './labels.js';
import { buildDocument } from './report-kind.js';
import type { ReportKind, ReportModels } from './report-kind.js';
import { textBar } from './text-bar.js';
import { drawTextTable } from './text-table.js';
import type { TextCell } from './text-table.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width in columns; tables wider than this wrap their long columns. */
  width?: number;
}

const FUNNEL_WIDTH = 30;

function groupText(cells: Cell[], indexes: number[]): string {
  return indexes
    .map((i) => cells[i])
    .map((c) => (c === undefined ? '' : humanCell(c)))
    .filter((v) => v !== '')
    .join('\n');
}

// Loops, not Math.max(...spread): a spread of 100,000 rows overflows the call stack.
function longestOf(parts: string[]): number {
  let longest = 0;
  for (const part of parts) if (part.length > longest) longest = part.length;
  return longest;
}

function longestLine(value: string): number {
  return longestOf(value.split('\n'));
}

function longestWord(value: string): number {
  return longestOf(value.split(/\s+/));
}

/**
 * Column widths (content plus padding) that fit `width`: long text columns give way first, then
 * the widest; no column gets narrower than its longest word (at most 20) or its longest number.
 */
function fitWidths(natural: number[], minimum: number[], wide: boolean[], width: number | undefined): number[] | undefined {
  if (width === undefined) return undefined;
  const widths = natural.map((w) => w + 2);
  const floor = minimum.map((m, i) => Math.min(m, natural[i] ?? m) + 2);
  const total = () => widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  if (total() <= width) return undefined;
  for (const onlyWide of [true, false]) {
    while (total() > width) {
      let pick = -1;
      widths.forEach((w, i) => {
        const room = w - (floor[i] ?? w);
        if ((!onlyWide || wide[i]) && room > 0 && (pick < 0 || w > (widths[pick] ?? 0))) pick = i;
      });
      if (pick < 0) break;
      widths[pick] = (widths[pick] ?? 0) - 1;
    }
  }
  return widths;
}

function drawTable(head: string[] | undefined, rows: TextCell[][], widths: number[] | undefined, paint: ChalkInstance): string {
  // Lines between rows only where a row spans several lines; otherwise the table stays compact.
  const multiLine = rows.some((r) => r.some((c) => c.content.includes('\n')));
  const bold = (line: string) => paint.bold(line);
  return drawTextTable(rows, {
    ...(head ? { head: head.map((h) => ({ content: h, paint: bold })) } : {}),
    ...(widths ? { widths } : {}),
    ruled: multiLine || widths !== undefined,
  });
}

function sectionTable(section: Section, paint: ChalkInstance, width: number | undefined): string {
  if (section.rows.length === 0) return paint.dim(`  ${t('report.none')}`);
  const bold = (line: string) => paint.bold(line);
  if (section.layout === 'facts') {
    const rows = section.rows.map((r): TextCell[] => [{ content: groupText(r, [0]), paint: bold }, { content: groupText(r, [1]) }]);
    return drawTable(undefined, rows, undefined, paint);
  }
  const columns: CompactColumn[] = compactColumns(section);
  const cellOf = (c: CompactColumn, value: string, painter?: (line: string) => string): TextCell => ({
    content: value,
    ...(c.numeric ? { align: 'right' as const } : {}),
    ...(painter ? { paint: painter } : {}),
  });
  const body = section.rows.map((r) => columns.map((c) => groupText(r, c.indexes)));
  const footer = section.footer ? columns.map((c) => groupText(section.footer ?? [], c.indexes)) : undefined;

  const funnel = section.chart?.type === 'funnel' ? section.chart : undefined;
  const labels = columns.map((c) => c.label);
  if (funnel) labels.push('');
  const natural = labels.map((label) => longestLine(label));
  const minimum = labels.map((label) => longestWord(label));
  for (const r of footer ? [...body, footer] : body) {
    r.forEach((value, i) => {
      natural[i] = Math.max(natural[i] ?? 0, longestLine(value));
      if (r === footer) return;
      const least = columns[i]?.numeric ? longestLine(value) : Math.min(20, longestWord(value));
      minimum[i] = Math.max(minimum[i] ?? 0, least);
    });
  }
  if (funnel) {
    natural[natural.length - 1] = FUNNEL_WIDTH;
    minimum[minimum.length - 1] = 10;
  }
  const widths = fitWidths(natural, minimum, [...columns.map((c) => c.wide), false], width);

  const max = funnel ? Math.max(0, ...funnel.items.map((i) => i.values[0] ?? 0)) : 0;
  const rows: TextCell[][] = body.map((r, i) => {
    const cells = r.map((v, j) => cellOf(columns[j] as CompactColumn, v));
    if (funnel) {
      const value = funnel.items[i]?.values[0] ?? 0;
      const bar = textBar(value, max, FUNNEL_WIDTH);
      cells.push({ content: bar, paint: i === funnel.items.length - 1 ? (l) => paint.gray(l) : (l) => paint.green(l) });
    }
    return cells;
  });
  if (footer) {
    const cells = footer.map((v, j) => cellOf(columns[j] as CompactColumn, v, bold));
    if (funnel) cells.push({ content: '' });
    rows.push(cells);
  }
  return drawTable(labels, rows, widths, paint);
}

export function renderTable<K extends ReportKind>(kind: K, model: ReportModels[K], opts: TableOptions): string {
  const paint = new Chalk({ level: opts.color ? 1 : 0 });
  const doc = buildDocument(kind, model);
  const out = [paint.bold(doc.title.toUpperCase()), paint.bold(doc.subtitle)];
  out.push(...doc.lines);
  if (doc.generatedAt) out.push(paint.dim(t('report.generated_at', { date: dateTime(doc.generatedAt) })));
  for (const section of doc.sections) {
    out.push('', paint.bold.cyan(`■ ${section.title}`), sectionTable(section, paint, opts.width));
  }
  return `${out.join('\n')}\n`;
}
