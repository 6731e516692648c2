import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PREDICATES,
  parseBands,
  parsePassMark,
  parseScore,
  parseSetting,
  passes,
  predicateFor,
} from '../../src/domain/predicate.js';
import type { Bands } from '../../src/domain/predicate.js';
import { PROGRAMS } from '../../src/domain/types.js';
import { defaultSettings } from '../../src/usecases/settings.js';

// The bands data/defaults.json ships for every program.
const DEFAULT_BANDS: Bands = [90, 80, 70, 60];

describe('predicateFor', () => {
  it.each([
    [95, 'Sangat Memuaskan'], [90.01, 'Sangat Memuaskan'], [90, 'Memuaskan'], [80.5, 'Memuaskan'], [80, 'Cukup Memuaskan'],
    [70, 'Kurang Memuaskan'], [60.5, 'Kurang Memuaskan'], [60, 'Tidak Memuaskan'], [0, 'Tidak Memuaskan'], [100, 'Sangat Memuaskan'],
  ])('gives a score of %d the predicate %s with the default bands', (score, predicate) => {
    expect(predicateFor(score, DEFAULT_BANDS)).toBe(predicate);
  });

  it('uses the bands it is given', () => {
    expect(predicateFor(86, [85, 75, 65, 55])).toBe('Sangat Memuaskan');
  });

  it('never ranks a higher score below a lower one', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(PREDICATES.indexOf(predicateFor(hi, DEFAULT_BANDS))).toBeLessThanOrEqual(PREDICATES.indexOf(predicateFor(lo, DEFAULT_BANDS)));
      }),
    );
  });
});

describe('parseBands', () => {
  it('reads four descending bounds', () => {
    expect(parseBands('90,80,70,60')).toEqual({ ok: true, value: [90, 80, 70, 60] });
    expect(parseBands(' 92.5; 85 ;75,65 ')).toEqual({ ok: true, value: [92.5, 85, 75, 65] });
  });

  it('rejects the wrong number of bounds and says how many it found', () => {
    expect(parseBands('90,80,70')).toEqual({ ok: false, problem: { key: 'domain.bands.count', params: { value: '90,80,70', count: 3 } } });
  });

  it('rejects bounds that do not strictly descend', () => {
    expect(parseBands('90,80,80,60')).toMatchObject({ ok: false, problem: { key: 'domain.bands.order' } });
    expect(parseBands('60,70,80,90')).toMatchObject({ ok: false, problem: { key: 'domain.bands.order' } });
  });

  it('rejects a bound that is not a number or above 100', () => {
    expect(parseBands('90,80,x,60')).toMatchObject({ ok: false, problem: { key: 'domain.bands.number', params: { part: 'x' } } });
    expect(parseBands('101,80,70,60')).toMatchObject({ ok: false, problem: { key: 'domain.bands.range' } });
    expect(parseBands('90,80,70,-1')).toMatchObject({ ok: false, problem: { key: 'domain.bands.number' } });
  });
});

describe('parseScore and parsePassMark', () => {
  it('reads a score with a comma or a dot as decimal mark', () => {
    expect(parseScore('85,5')).toEqual({ ok: true, value: 85.5 });
    expect(parseScore('85.25')).toEqual({ ok: true, value: 85.25 });
    expect(parseScore(' 100 ')).toEqual({ ok: true, value: 100 });
    expect(parseScore(77)).toEqual({ ok: true, value: 77 });
  });

  it('rejects a score of 101', () => {
    expect(parseScore('101')).toEqual({ ok: false, problem: { key: 'domain.score.range', params: { value: '101' } } });
  });

  it('rejects a score that is not a number', () => {
    expect(parseScore('delapan puluh')).toMatchObject({ ok: false, problem: { key: 'domain.score.not_number' } });
    expect(parseScore('-5').ok).toBe(false);
    expect(parseScore(Number.NaN).ok).toBe(false);
  });

  it('reads a pass mark and tells whether a score passes it', () => {
    expect(parsePassMark('70')).toEqual({ ok: true, value: 70 });
    expect(parsePassMark('200')).toMatchObject({ ok: false, problem: { key: 'domain.pass_mark.invalid' } });
    expect(passes(70, 70)).toBe(true);
    expect(passes(69.9, 70)).toBe(false);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (s) => void (parseScore(s), parseBands(s), parsePassMark(s))));
  });
});

describe('settings', () => {
  it('has bands and a pass mark for every program', () => {
    const settings = defaultSettings();
    for (const p of PROGRAMS) {
      expect(settings[`bands.${p}`]).toBe('90,80,70,60');
      expect(settings[`pass_mark.${p}`]).toBe('70');
    }
  });

  it('are data/defaults.json, the one source the database is seeded from', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/defaults.json', import.meta.url), 'utf8')) as { settings: Record<string, string> };
    expect(defaultSettings()).toEqual(file.settings);
  });

  it('checks a setting before it is stored and returns it in canonical form', () => {
    expect(parseSetting('bands.pkp', '95, 85, 75, 65')).toEqual({ ok: true, value: '95,85,75,65' });
    expect(parseSetting('pass_mark.pka', '72,5')).toEqual({ ok: true, value: '72.5' });
    expect(parseSetting('bands.xyz', '90,80,70,60')).toMatchObject({ ok: false, problem: { key: 'domain.setting.unknown_key' } });
    expect(parseSetting('bands.pkp', '90,80')).toMatchObject({ ok: false, problem: { key: 'domain.bands.count' } });
  });
});
