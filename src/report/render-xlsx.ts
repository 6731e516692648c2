// The report as an Excel workbook: an overview sheet with the identity and the figures, then one
// sheet per table. Headers bold, columns sized, NIPs kept as text, formula-like text neutralised.
// exceljs is loaded only here, when an xlsx is asked for.
import type { Cell as SheetCell, Workbook, Worksheet } from 'exceljs';
import { currentLanguage, t } from '../i18n/index.js';
import { humanCell } from './cell-text.js';
import { neutraliseCell } from './csv-cell.js';
import type { Cell, ReportDocument, Section } from './document.js';
import { buildDocument } from './report-kind.js';
import type { ReportKind, ReportModels } from './report-kind.js';

const HEADER_FILL = 'FF1F3A5F';
const MAX_WIDTH = 60;

/** Excel's own locale code in the format, so Excel writes "Rabu, 15 Agustus 2018" itself. */
function dateFormat(style: 'long' | 'short'): string {
  const locale = currentLanguage() === 'en' ? '[$-809]' : '[$-421]';
  return style === 'long' ? `${locale}dddd, d mmmm yyyy` : `${locale}d mmm yyyy`;
}

function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** Writes one report cell into a sheet cell with the type a spreadsheet user expects. */
function writeCell(target: SheetCell, cell: Cell): void {
  switch (cell.kind) {
    case 'text':
      // An empty text is an empty cell, not a cell holding "" (which Excel counts as filled).
      target.value = cell.value === null || cell.value === '' ? null : neutraliseCell(cell.value);
      return;
    case 'number':
      target.value = cell.value;
      return;
    case 'date': {
      const date = cell.value === null ? null : isoToDate(cell.value);
      if (date) {
        target.value = date;
        target.numFmt = dateFormat(cell.style);
      } else {
        target.value = cell.value === null ? null : neutraliseCell(cell.value);
      }
      return;
    }
    case 'nip':
      target.value = neutraliseCell(cell.value);
      target.numFmt = '@';
      return;
    case 'percent':
      target.value = cell.whole === 0 ? null : cell.part / cell.whole;
      target.numFmt = '0%';
      return;
    case 'list':
      target.value = cell.value.length === 0 ? null : neutraliseCell(cell.value.join(', '));
      return;
  }
}

/** A valid, unique worksheet name: at most 31 characters, none of []:*?/\ . */
function sheetName(workbook: Workbook, wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n += 1) {
    name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  }
  return name;
}

function sheetTitle(id: string, fallback: string): string {
  const key = `report.sheet.${id}`;
  const name = t(key);
  return name === key ? fallback : name;
}

function boldHeader(sheet: Worksheet, rowNumber: number, count: number): void {
  const row = sheet.getRow(rowNumber);
  for (let c = 1; c <= count; c += 1) {
    const cell = row.getCell(c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

function fitColumns(sheet: Worksheet, widths: number[], wide: boolean[]): void {
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(8, w + 2));
    if (wide[i] && w > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

function measure(widths: number[], index: number, value: string): void {
  const longest = Math.max(0, ...value.split('\n').map((l) => l.length));
  widths[index] = Math.max(widths[index] ?? 0, longest);
}

/** Printed on A4, fitted to the page width (as many pages down as needed), the header row repeated. */
const A4_FIT_WIDTH = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

function tableSheet(workbook: Workbook, section: Section): void {
  const sheet = workbook.addWorksheet(sheetName(workbook, sheetTitle(section.id, section.title)), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...A4_FIT_WIDTH, orientation: section.columns.length > 6 ? 'landscape' : 'portrait', printTitlesRow: '1:1' },
  });
  const widths: number[] = [];
  sheet.addRow(section.columns.map((c) => c.label));
  section.columns.forEach((c, i) => measure(widths, i, c.label));
  boldHeader(sheet, 1, section.columns.length);
  const rows = section.footer ? [...section.rows, section.footer] : section.rows;
  rows.forEach((cells) => {
    const row = sheet.addRow([]);
    cells.forEach((cell, i) => {
      writeCell(row.getCell(i + 1), cell);
      measure(widths, i, humanCell(cell));
    });
  });
  if (section.footer) sheet.getRow(rows.length + 1).font = { bold: true };
  if (section.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: section.columns.length } };
  }
  fitColumns(sheet, widths, section.columns.map((c) => c.wide === true));
}

/** The first sheet: title, identity and figures (the facts sections), and the tables' totals. */
function overviewSheet(workbook: Workbook, doc: ReportDocument): void {
  const sheet = workbook.addWorksheet(sheetName(workbook, t('report.sheet.overview')), {
    pageSetup: { ...A4_FIT_WIDTH, orientation: 'portrait' },
  });
  const widths: number[] = [0, 0];
  sheet.addRow([neutraliseCell(doc.title)]).font = { bold: true, size: 14 };
  sheet.addRow([neutraliseCell(doc.subtitle)]).font = { bold: true, size: 12 };
  for (const line of doc.lines) sheet.addRow([neutraliseCell(line)]);
  if (doc.generatedAt) {
    // A real date-time (shown in local time), not the ISO text.
    const row = sheet.addRow([t('report.field.generated_at'), new Date(doc.generatedAt)]);
    row.getCell(2).numFmt = `${currentLanguage() === 'en' ? '[$-809]' : '[$-421]'}d mmmm yyyy hh:mm`;
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  const blocks = doc.sections.flatMap((s): Array<{ title: string; rows: Cell[][] }> => {
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
  for (const block of blocks) {
    sheet.addRow([]);
    const heading = sheet.addRow([neutraliseCell(block.title)]);
    heading.font = { bold: true, size: 12, color: { argb: HEADER_FILL } };
    for (const cells of block.rows) {
      const row = sheet.addRow([]);
      cells.forEach((cell, i) => {
        writeCell(row.getCell(i + 1), cell);
        measure(widths, i, humanCell(cell));
      });
      row.getCell(1).font = { bold: true };
      row.getCell(2).alignment = { horizontal: 'left' };
    }
  }
  fitColumns(sheet, widths, [false, true]);
}

export async function renderXlsx<K extends ReportKind>(kind: K, model: ReportModels[K]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const doc = buildDocument(kind, model);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'proper';
  workbook.title = `${doc.title} — ${doc.subtitle}`;
  if (doc.generatedAt) {
    const created = new Date(doc.generatedAt);
    if (!Number.isNaN(created.getTime())) {
      workbook.created = created;
      workbook.modified = created;
    }
  }
  overviewSheet(workbook, doc);
  for (const section of doc.sections) if (section.layout === 'table') tableSheet(workbook, section);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as unknown as ArrayBuffer);
}
