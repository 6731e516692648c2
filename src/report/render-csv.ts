// The report as one CSV file that opens well in Excel: UTF-8 with a BOM, CRLF, and one block per
// section (its title, its header row, its rows) with a blank line between blocks. Dates are ISO,
// numbers plain, formula-like text neutralised.
import { csvCell } from './cell-text.js';
import { toCsvLine } from './csv-cell.js';
import type { CsvValue } from './csv-cell.js';
import { buildDocument } from './report-kind.js';
import type { ReportKind, ReportModels } from './report-kind.js';

const BOM = '\uFEFF';

export function renderCsv<K extends ReportKind>(kind: K, model: ReportModels[K]): string {
  const doc = buildDocument(kind, model);
  const lines: CsvValue[][] = [[doc.title], [doc.subtitle], ...doc.lines.map((l) => [l])];
  if (doc.generatedAt) lines.push([doc.generatedAt]);
  for (const section of doc.sections) {
    lines.push([], [section.title], section.columns.map((c) => c.label));
    for (const r of section.rows) lines.push(r.map(csvCell));
    if (section.footer) lines.push(section.footer.map(csvCell));
  }
  return BOM + lines.map((cells) => toCsvLine(cells)).join('\r\n') + '\r\n';
}
