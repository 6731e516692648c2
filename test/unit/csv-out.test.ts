// CSV out for Indonesian Excel (SPEC §6): every cell holding , ; tab, a quote or a line break is
// quoted whatever the delimiter, each piece a spreadsheet would split off is neutralised, and the
// import reads the cell back as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/import/parse-csv.js';
import { cellValue } from '../../src/import/row-shape.js';
import { toCsvCell, toCsvLine } from '../../src/report/csv-cell.js';

const readBack = (line: string, delimiter: ',' | ';' = ','): string[] => {
  const parser = new CsvParser(delimiter);
  const records = [...parser.push(`${line}\r\n`), ...parser.end()];
  return records[0]!.cells.map((c) => cellValue(c));
};

describe('toCsvCell', () => {
  it('quotes Budi;=1+1 and neutralises the piece after the semicolon', () => {
    expect(toCsvCell('Budi;=1+1')).toBe(`"Budi;'=1+1"`);
    expect(toCsvCell('Budi Santoso, S.E.', ';')).toBe('"Budi Santoso, S.E."');
    expect(toCsvCell('a\tb')).toBe('"a\tb"');
    expect(toCsvCell('-Sekretariat DPRD-')).toBe("'-Sekretariat DPRD-");
    expect(toCsvCell('+62 812')).toBe("'+62 812");
  });

  it('never leaves a separator unquoted, nor a formula-like piece after one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '\t', '\n', '"', '=', '+', '-', '@', "'") }), (text) => {
        const cell = toCsvCell(text);
        if (/[,;\t\r\n"]/.test(text)) expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
        const inner = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        for (const piece of inner.split(/[,;\t\r\n]/)) expect(/^[=+\-@]/.test(piece)).toBe(false);
      }),
    );
  });

  it('reads back through the import as written, with either delimiter', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', ';', '"', '=', '+', '-', '@', '1') });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (cells, delimiter) => {
        // A first cell that is never empty: a wholly empty line is no record.
        const row = ['x', ...cells];
        expect(readBack(toCsvLine(row, delimiter), delimiter)).toEqual(row.map((c) => cellValue(c)));
      }),
    );
  });
});
