// The report as an Excel workbook: an overview sheet with the identity and the figures, then one
// sheet per table. Headers bold, columns sized, NIPs kept as text, formula-like text neutralised,
// every sheet printed on A4 fitted to the page width. Written row by row by exceljs's streaming
// WorkbookWriter (its zip deflates natively; the in-memory Workbook took 2× the time on a cohort of
// 10,000), so each sheet's column widths are measured before its first row is written. Only that
// writer of exceljs is loaded (exceljs-writer.d.ts), and only here, when an xlsx is asked for.
import { PassThrough } from 'node:stream';
import type { stream, Worksheet } from 'exceljs';
import { t } from '../i18n/index.js';
import { humanCell } from './cell-text.js';
import { neutraliseCell } from './csv-cell.js';
import type { Cell, ReportDocument, Section } from './document.js';
import { buildDocument } from './report-kind.js';
import type { ReportKind, ReportModels } from './report-kind.js';
import { dateFormat, styleOf, writeCell } from './xlsx-cells.js';
import type { Look } from './xlsx-cells.js';

type WorkbookWriter = stream.xlsx.WorkbookWriter;

const MAX_WIDTH = 60;

/** Printed on A4, fitted to the page width (as many pages down as needed). */
const A4_FIT_WIDTH = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

/** Valid, unique worksheet names: at most 31 characters, none of []:*?/\ . */
function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

function sheetTitle(id: string, fallback: string): string {
  const key = `report.sheet.${id}`;
  const name = t(key);
  return name === key ? fallback : name;
}

/** The longest line of each column, over the given rows of cells. */
function measure(widths: number[], rows: Array<Array<string>>): void {
  for (const row of rows) {
    row.forEach((value, i) => {
      let longest = 0;
      for (const line of value.split('\n')) if (line.length > longest) longest = line.length;
      if (longest > (widths[i] ?? 0)) widths[i] = longest;
    });
  }
}

/** Sets the column widths; wraps a long text column. Before the sheet's first row is committed. */
function fitColumns(sheet: Worksheet, widths: number[], wide: boolean[]): boolean[] {
  return widths.map((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(8, w + 2));
    return wide[i] === true && w > MAX_WIDTH;
  });
}

function tableSheet(workbook: WorkbookWriter, name: string, section: Section): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...A4_FIT_WIDTH, orientation: section.columns.length > 6 ? 'landscape' : 'portrait', printTitlesRow: '1:1' },
  });
  const rows = section.footer ? [...section.rows, section.footer] : section.rows;
  const widths: number[] = [];
  measure(widths, [section.columns.map((c) => c.label)]);
  measure(widths, rows.map((cells) => cells.map(humanCell)));
  const wrap = fitColumns(sheet, widths, section.columns.map((c) => c.wide === true));
  if (section.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } };
  }
  const header = sheet.addRow(section.columns.map((c) => neutraliseCell(c.label)));
  for (let c = 1; c <= section.columns.length; c += 1) header.getCell(c).style = styleOf('header');
  header.commit();
  rows.forEach((cells, r) => {
    const isFooter = section.footer !== undefined && r === rows.length - 1;
    const row = sheet.addRow([]);
    // The row's own style (set before its cells exist, so no shared cell style changes).
    if (isFooter) row.font = { bold: true };
    cells.forEach((cell, i) => writeCell(row.getCell(i + 1), cell, isFooter ? 'bold' : wrap[i] ? 'wrap' : 'plain'));
    row.commit();
  });
  sheet.commit();
}

/** A row of the overview sheet: one line of text in the first cell, with a row-wide look. */
function textRow(sheet: Worksheet, text: string, look: Look): void {
  const row = sheet.addRow([]);
  // The row's own font (set before its cell exists, so no shared cell style changes).
  const { font } = styleOf(look);
  if (font) row.font = font;
  const cell = row.getCell(1);
  cell.value = neutraliseCell(text);
  cell.style = styleOf(look);
  row.commit();
}

/** The overview's blocks: the facts sections, else the tables' totals. */
function overviewBlocks(doc: ReportDocument): Array<{ title: string; rows: Cell[][] }> {
  return doc.sections.flatMap((s): Array<{ title: string; rows: Cell[][] }> => {
    if (s.layout === 'facts') return [{ title: s.title, rows: s.rows }];
    if (s.footer && doc.sections.every((o) => o.layout !== 'facts')) {
      const footer = s.footer;
      const rows = s.columns
        .map((c, i) => [{ kind: 'text', value: c.label } as Cell, footer[i]])
        .filter((r): r is Cell[] => r[1] !== undefined && r[1].kind !== 'text');
      return [{ title: `${s.title}: ${t('report.total')}`, rows }];
    }
    return [];
  });
}

/** The first sheet: title, identity and figures (the facts sections), and the tables' totals. */
function overviewSheet(workbook: WorkbookWriter, name: string, doc: ReportDocument): void {
  const sheet = workbook.addWorksheet(name, { pageSetup: { ...A4_FIT_WIDTH, orientation: 'portrait' } });
  const blocks = overviewBlocks(doc);
  const widths: number[] = [0, 0];
  for (const block of blocks) measure(widths, block.rows.map((cells) => cells.map(humanCell)));
  fitColumns(sheet, widths, [false, true]);
  textRow(sheet, doc.title, 'title');
  textRow(sheet, doc.subtitle, 'subtitle');
  for (const line of doc.lines) textRow(sheet, line, 'plain');
  if (doc.generatedAt) {
    // A real date-time (shown in local time), not the ISO text.
    const row = sheet.addRow([t('report.field.generated_at'), new Date(doc.generatedAt)]);
    row.getCell(2).style = styleOf('left', dateFormat('time'));
    row.commit();
  }
  for (const block of blocks) {
    sheet.addRow([]).commit();
    textRow(sheet, block.title, 'heading');
    for (const cells of block.rows) {
      const row = sheet.addRow([]);
      cells.forEach((cell, i) => writeCell(row.getCell(i + 1), cell, i === 0 ? 'bold' : 'left'));
      row.commit();
    }
  }
  sheet.commit();
}

export async function renderXlsx<K extends ReportKind>(kind: K, model: ReportModels[K]): Promise<Buffer> {
  const { default: WorkbookWriter } = await import('exceljs/lib/stream/xlsx/workbook-writer.js');
  const doc = buildDocument(kind, model);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'proper';
  workbook.title = `${doc.title} — ${doc.subtitle}`;
  if (doc.generatedAt) {
    const created = new Date(doc.generatedAt);
    if (!Number.isNaN(created.getTime())) {
      workbook.created = created;
      workbook.modified = created;
    }
  }
  const nameOf = sheetNamer();
  overviewSheet(workbook, nameOf(t('report.sheet.overview')), doc);
  for (const section of doc.sections) {
    if (section.layout === 'table') tableSheet(workbook, nameOf(sheetTitle(section.id, section.title)), section);
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}
