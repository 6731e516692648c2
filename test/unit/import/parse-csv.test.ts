import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, CsvSyntaxError, detectDelimiter, type CsvRecord, type Delimiter } from '../../../src/import/parse-csv.js';

function parseIn(text: string, delimiter: Delimiter, chunkSize = text.length || 1): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...parser.push(text.slice(i, i + chunkSize)));
  out.push(...parser.end());
  return out;
}

describe('detectDelimiter', () => {
  it('finds the semicolon under title lines that contain commas', () => {
    const text = 'DAFTAR PESERTA, ANGKATAN XXII\r\nMedan, 2024\r\n\r\nNo;NIP;Nama\r\n1;1;Arief Hidayat, S.H., M.H.\r\n2;2;Budi, S.E.\r\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('finds the comma when names with commas are quoted', () => {
    expect(detectDelimiter('nip,nama,jk\n1,"Dedi, S.Kom.",L\n2,"Budi; S.E.",L\n')).toBe(',');
  });

  it('finds the tab', () => {
    expect(detectDelimiter('Daftar peserta, angkatan XXII\nNIP\tNama\tL/P\n1\tBudi, S.E.\tL\n')).toBe('\t');
  });

  it('falls back to the comma for a single column', () => {
    expect(detectDelimiter('nip\n1\n2\n')).toBe(',');
  });
});

describe('CsvParser', () => {
  it('gives each record the physical line where it starts, counting title and blank lines', () => {
    const text = 'JUDUL\r\n\r\nNIP;Nama\r\n1;Budi\r\n2;Siti\r\n';
    expect(parseIn(text, ';')).toEqual([
      { line: 1, cells: ['JUDUL'] },
      { line: 3, cells: ['NIP', 'Nama'] },
      { line: 4, cells: ['1', 'Budi'] },
      { line: 5, cells: ['2', 'Siti'] },
    ]);
  });

  it('keeps counting physical lines after a quoted field with newlines', () => {
    const text = 'NIP,Jabatan\n1,"Kepala Seksi\nmerangkap\r\nBendahara"\n2,Lurah\n';
    expect(parseIn(text, ',')).toEqual([
      { line: 1, cells: ['NIP', 'Jabatan'] },
      { line: 2, cells: ['1', 'Kepala Seksi\nmerangkap\r\nBendahara'] },
      { line: 5, cells: ['2', 'Lurah'] },
    ]);
  });

  it('reads doubled quotes, empty quoted fields and a last line without a newline', () => {
    expect(parseIn('a,"say ""hi""",""\nb,c', ',')).toEqual([
      { line: 1, cells: ['a', 'say "hi"', ''] },
      { line: 2, cells: ['b', 'c'] },
    ]);
  });

  it('keeps a quote typed inside an unquoted field', () => {
    expect(parseIn('Jl. "Merdeka" 5,x\n', ',')).toEqual([{ line: 1, cells: ['Jl. "Merdeka" 5', 'x'] }]);
  });

  it('reads files whose lines end with CR alone', () => {
    expect(parseIn('a;b\r1;2\r\r3;4\r', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reports an unclosed quote at the line where the record starts', () => {
    expect(() => parseIn('NIP,Nama\n1,Budi\n2,"Siti, S.E.,P\n3,Andi,L\n', ',')).toThrow(
      expect.objectContaining({ line: 3, reason: 'unclosedQuote' }),
    );
  });

  it('reports text after a closing quote', () => {
    expect(() => parseIn('a,b\n1,"Siti" S.E.,P\n', ',')).toThrow(CsvSyntaxError);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9 .]{0,6}$/),
      fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r\n', ' ') , maxLength: 8 }).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(';'));
    const file = fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean());
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 7 }), ([lines, eol, trailing], chunk) => {
        const text = lines.join(eol) + (trailing ? eol : '');
        expect(parseIn(text, ';', chunk)).toEqual(parseIn(text, ';'));
      }),
    );
  });

  it('numbers records by the line of their first character', () => {
    const line = fc.array(fc.string({ unit: fc.constantFrom('x', '\n', ','), maxLength: 5 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (rows) => {
        const lines = rows.map((cells) => cells.map((c) => `"${c}"`).join(','));
        const text = lines.join('\n') + '\n';
        const starts: number[] = [];
        let at = 1;
        for (const l of lines) {
          // A line holding only "" reads like a blank line (one empty cell), and is skipped like one.
          if (l !== '""') starts.push(at);
          at += l.split('\n').length;
        }
        expect(parseIn(text, ',', 3).map((r) => r.line)).toEqual(starts);
      }),
    );
  });
});
