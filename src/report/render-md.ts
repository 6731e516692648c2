// The report as Markdown: a heading per section and a table per list.
import { t } from '../i18n/index.js';
import { humanCell } from './cell-text.js';
import type { Cell, Section } from './document.js';
import { dateTime } from './labels.js';
import { buildDocument } from './report-kind.js';
import type { ReportKind, ReportModels } from './report-kind.js';
import { textBar } from './text-bar.js';

/**
 * Markdown's inline syntax escaped, so that a name or title is shown as typed and never becomes a
 * link, an image, emphasis or code: `[x](javascript:…)` and `![](http://…)` stay text.
 */
function escapeInline(value: string): string {
  return value
    .replace(/[\\`*_[\]~!]/g, (c) => `\\${c}`)
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Text made safe inside a Markdown table cell. */
export function markdownCell(value: string): string {
  return escapeInline(value)
    .replaceAll('|', '\\|')
    .replace(/\r?\n|\r/g, '<br>');
}

function markdownInline(value: string): string {
  return escapeInline(value).replace(/\s+/g, ' ');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function sectionMarkdown(section: Section): string[] {
  const out = [`## ${markdownInline(section.title)}`, ''];
  if (section.rows.length === 0) {
    out.push(`_${t('report.none')}_`, '');
    return out;
  }
  const cells = (r: Cell[]) => r.map((c) => markdownCell(humanCell(c)));
  if (section.layout === 'facts') {
    out.push(row(section.columns.map((c) => markdownCell(c.label))), row(['---', '---']));
    for (const r of section.rows) {
      const [label = '', value = ''] = cells(r);
      out.push(row([`**${label}**`, value]));
    }
  } else {
    out.push(row(section.columns.map((c) => markdownCell(c.label))));
    out.push(row(section.columns.map((c) => (c.numeric ? '---:' : '---'))));
    for (const r of section.rows) out.push(row(cells(r)));
    if (section.footer) out.push(row(cells(section.footer).map((v) => (v === '' ? '' : `**${v}**`))));
  }
  out.push('');
  if (section.chart?.type === 'funnel') {
    const items = section.chart.items;
    const max = Math.max(0, ...items.map((i) => i.values[0] ?? 0));
    const labelWidth = Math.max(...items.map((i) => i.label.length));
    out.push('```');
    for (const item of items) {
      const value = item.values[0] ?? 0;
      out.push(`${item.label.padEnd(labelWidth)}  ${String(value).padStart(3)}  ${textBar(value, max, 40)}`);
    }
    out.push('```', '');
  }
  return out;
}

export function renderMarkdown<K extends ReportKind>(kind: K, model: ReportModels[K]): string {
  const doc = buildDocument(kind, model);
  const out = [`# ${markdownInline(doc.title)}`, '', `**${markdownInline(doc.subtitle)}**`, ''];
  for (const line of doc.lines) out.push(`${markdownInline(line)}  `);
  if (doc.lines.length > 0) out.push('');
  if (doc.generatedAt) out.push(`_${markdownInline(t('report.generated_at', { date: dateTime(doc.generatedAt) }))}_`, '');
  for (const section of doc.sections) out.push(...sectionMarkdown(section));
  return `${out.join('\n').trimEnd()}\n`;
}
