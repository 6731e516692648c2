import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsvLine } from '../../../src/report/csv-cell.js';

describe('neutraliseCell', () => {
  it.each(['=1+2', '+62 812 3456', '-5', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")'])(
    'prefixes a quote to %j, which a spreadsheet would run as a formula',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each(['Andi Pratama', '', "'already", '197805122005011002', 'a=b', ' =x'])('leaves %j as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe('toCsvLine', () => {
  it('writes plain cells without quotes', () => {
    expect(toCsvLine(['pim4', 2018, 'Andi'])).toBe('pim4,2018,Andi');
  });

  it('quotes cells with a comma, a quote or a line break, doubling quotes', () => {
    expect(toCsvLine(['a,b', 'say "hi"', 'one\ntwo', 'cr\rx'])).toBe('"a,b","say ""hi""","one\ntwo","cr\rx"');
  });

  it('writes null and undefined as empty cells and numbers as they are, negative ones too', () => {
    expect(toCsvLine([null, undefined, -3.5, 0, true])).toBe(',,-3.5,0,true');
  });

  it('neutralises text before quoting it', () => {
    expect(toCsvLine(['=1,2', '-x', '@y'])).toBe(`"'=1,2",'-x,'@y`);
  });

  it('keeps leading and trailing spaces by quoting', () => {
    expect(toCsvLine([' padded '])).toBe('" padded "');
  });

  it('uses another delimiter when asked', () => {
    expect(toCsvLine(['a;b', 'c'], ';')).toBe('"a;b";c');
  });
});
