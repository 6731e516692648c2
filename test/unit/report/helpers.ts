// Reading rendered reports back: csv parsed, xlsx opened with exceljs, every cell as text.
import { parse } from 'csv-parse/sync';
import type { Workbook } from 'exceljs';

export function parseCsv(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
}

export async function readXlsx(data: string | Buffer): Promise<Workbook> {
  if (typeof data === 'string') throw new Error('xlsx renders a Buffer');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell value of every sheet, as text (dates as ISO days). */
export function xlsxText(workbook: Workbook): string {
  const out: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        out.push(v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      });
    });
  });
  return out.join('\n');
}

export function asText(value: string | Buffer): string {
  if (typeof value !== 'string') throw new Error('expected text output');
  return value;
}
