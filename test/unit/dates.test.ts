import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, isFuture, isIsoDate, isRealDate, parseDate, parsePastDate, todayIso } from '../../src/domain/dates.js';

describe('parseDate', () => {
  it.each([
    ['2018-08-15', '2018-08-15'],
    ['2018-8-5', '2018-08-05'],
    ['15/08/2018', '2018-08-15'],
    ['15-08-2018', '2018-08-15'],
    ['15.08.2018', '2018-08-15'],
    ['5/8/2018', '2018-08-05'],
    ['15 Agustus 2018', '2018-08-15'],
    ['15 agustus 2018', '2018-08-15'],
    ['15 August 2018', '2018-08-15'],
    ['15 Agt 2018', '2018-08-15'],
    ['15-Aug-2018', '2018-08-15'],
    ['1 Mei 2019', '2019-05-01'],
    ['3 Nopember 2020', '2020-11-03'],
    ['Rabu, 15 Agustus 2018', '2018-08-15'],
    ['August 15, 2018', '2018-08-15'],
    ['29 Februari 2020', '2020-02-29'],
  ])('reads "%s" as %s', (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, value: iso });
  });

  it('reads numeric dates day first, as Indonesians write them', () => {
    expect(parseDate('03/04/2019')).toEqual({ ok: true, value: '2019-04-03' });
  });

  it('rejects 30 February rather than rolling it over', () => {
    expect(parseDate('2018-02-30')).toEqual({ ok: false, problem: { key: 'domain.date.impossible', params: { value: '2018-02-30' } } });
    expect(parseDate('29 Februari 2019').ok).toBe(false);
    expect(parseDate('31/04/2019').ok).toBe(false);
  });

  it('rejects an unknown month name and names it', () => {
    expect(parseDate('15 Agustusan 2018')).toMatchObject({ ok: false, problem: { key: 'domain.date.month_name', params: { month: 'Agustusan' } } });
  });

  it('rejects text that is not a date', () => {
    expect(parseDate('kemarin')).toMatchObject({ ok: false, problem: { key: 'domain.date.format' } });
    expect(parseDate('')).toMatchObject({ ok: false, problem: { key: 'domain.date.empty' } });
    expect(parseDate('15/08/18').ok).toBe(false);
  });

  it('rejects years outside 1900 to 2200', () => {
    expect(parseDate('1899-12-31')).toMatchObject({ ok: false, problem: { key: 'domain.date.year_range' } });
  });
});

describe('parsePastDate and isFuture', () => {
  const today = new Date(2024, 5, 15, 23, 30);

  it('accepts today and rejects tomorrow', () => {
    expect(parsePastDate('2024-06-15', today)).toEqual({ ok: true, value: '2024-06-15' });
    expect(parsePastDate('16/06/2024', today)).toMatchObject({ ok: false, problem: { key: 'domain.date.future' } });
  });

  it('compares with the local calendar day', () => {
    expect(todayIso(today)).toBe('2024-06-15');
    expect(isFuture('2024-06-16', today)).toBe(true);
    expect(isFuture('2024-06-15', today)).toBe(false);
  });

  it('counts the days between two dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});

describe('date properties', () => {
  const day = fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true });

  it('reads every real day in every format as the same ISO date', () => {
    const monthsId = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    fc.assert(
      fc.property(day, (d) => {
        const iso = todayIso(d);
        const [y, m, dd] = iso.split('-') as [string, string, string];
        expect(isIsoDate(iso)).toBe(true);
        for (const text of [iso, `${dd}/${m}/${y}`, `${dd}-${m}-${y}`, `${Number(dd)} ${monthsId[Number(m) - 1]} ${y}`]) {
          expect(parseDate(text)).toEqual({ ok: true, value: iso });
        }
      }),
    );
  });

  it('agrees with the JavaScript calendar about which days exist', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const js = new Date(Date.UTC(y, m - 1, d));
        expect(isRealDate(y, m, d)).toBe(js.getUTCDate() === d);
      }),
    );
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDate(s)));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '/', '-', '.', ' ', 'a') }), (s) => void parseDate(s)));
  });
});
