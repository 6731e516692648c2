import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNipGender, formatNip, genderAgrees, parseIdentifier, parseIdType, parseNip } from '../../src/domain/nip.js';

const today = new Date(2024, 5, 15);

function problemKey(input: string): string | undefined {
  const r = parseNip(input, today);
  return r.ok ? undefined : r.problem.key;
}

describe('parseNip', () => {
  it('reads the parts of a valid NIP', () => {
    expect(parseNip('197805122005011002', today)).toEqual({
      ok: true,
      value: { nip: '197805122005011002', birthDate: '1978-05-12', tmt: '2005-01', gender: 'male' },
    });
  });

  it('accepts spaces, dots and dashes and normalises them away', () => {
    for (const input of ['19780512 200501 1 002', '19780512.200501.1.002', '19780512-200501-1-002', '  19780512 200501 2 002 ']) {
      const r = parseNip(input, today);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.nip).toMatch(/^\d{18}$/);
    }
  });

  it('accepts the leading apostrophe Excel users type to keep a NIP as text', () => {
    expect(parseNip("'197805122005011002", today).ok).toBe(true);
  });

  it('reads gender digit 2 as female', () => {
    const r = parseNip('198001012005012003', today);
    expect(r.ok && r.value.gender).toBe('female');
  });

  it('rejects an empty NIP', () => {
    expect(problemKey('  ')).toBe('domain.nip.empty');
  });

  it('rejects a NIP with letters and names the character', () => {
    const r = parseNip('19780512200501100X', today);
    expect(r).toEqual({ ok: false, problem: { key: 'domain.nip.not_digits', params: { value: '19780512200501100X', character: 'X' } } });
  });

  it('rejects a NIP of the wrong length and says how many digits it has', () => {
    const r = parseNip('1978051220050110021', today);
    expect(!r.ok && r.problem).toEqual({ key: 'domain.nip.length', params: { value: '1978051220050110021', length: 19 } });
    expect(problemKey('1978051220')).toBe('domain.nip.length');
  });

  it('takes 8 digits for an NRP given as an NIP', () => {
    expect(problemKey('78010123')).toBe('domain.nip.looks_like_nrp');
  });

  it('recognises an old 9-digit NIP', () => {
    expect(problemKey('130234567')).toBe('domain.nip.old_format');
  });

  it('detects a NIP that Excel wrote in scientific notation', () => {
    expect(problemKey('1.97407082006061E+17')).toBe('domain.nip.excel_number');
    expect(problemKey('1,97407E+17')).toBe('domain.nip.excel_number');
    expect(problemKey('197407082006061000.0')).toBe('domain.nip.excel_number');
  });

  it('detects a NIP that lost digits to zeros as a number', () => {
    expect(problemKey('19740708200606100')).toBe('domain.nip.excel_number');
    expect(problemKey('1974070820060610')).toBe('domain.nip.length');
  });

  it('rejects a birth date that does not exist and names the part', () => {
    const r = parseNip('197802302005011002', today);
    expect(!r.ok && r.problem).toEqual({ key: 'domain.nip.birth_date', params: { nip: '197802302005011002', part: '19780230' } });
  });

  it('rejects a TMT month 13', () => {
    const r = parseNip('197805122005131002', today);
    expect(!r.ok && r.problem).toEqual({ key: 'domain.nip.tmt_date', params: { nip: '197805122005131002', part: '200513' } });
  });

  it('rejects a TMT before the 18th birthday month', () => {
    const r = parseNip('197805121996041002', today);
    expect(!r.ok && r.problem).toEqual({
      key: 'domain.nip.tmt_before_18',
      params: { nip: '197805121996041002', tmt: '1996-04', eighteen: '1996-05' },
    });
  });

  it('accepts a TMT in the month of the 18th birthday', () => {
    expect(parseNip('197805121996051002', today).ok).toBe(true);
  });

  it('rejects a TMT after the current month', () => {
    expect(problemKey('199805122024071002')).toBe('domain.nip.tmt_future');
    expect(parseNip('199805122024061002', today).ok).toBe(true);
  });

  it('rejects a NIP whose gender digit is 3', () => {
    const r = parseNip('197805122005013002', today);
    expect(!r.ok && r.problem).toEqual({ key: 'domain.nip.gender_digit', params: { nip: '197805122005013002', digit: '3' } });
  });

  it('rejects sequence number 000 and accepts 001', () => {
    expect(problemKey('197805122005011000')).toBe('domain.nip.sequence');
    expect(parseNip('197805122005011001', today).ok).toBe(true);
  });
});

describe('formatNip', () => {
  it('groups the parts of a NIP', () => {
    expect(formatNip('197805122005011002')).toBe('19780512 200501 1 002');
  });

  it('leaves an identifier that is not a NIP as it is', () => {
    expect(formatNip('NRP 12345')).toBe('NRP 12345');
  });
});

describe('gender agreement', () => {
  const parsed = { nip: '197805122005011002', birthDate: '1978-05-12', tmt: '2005-01', gender: 'male' as const };

  it('agrees when no gender is given', () => {
    expect(genderAgrees('male', null)).toBe(true);
    expect(checkNipGender(parsed, undefined)).toEqual({ ok: true, value: 'male' });
  });

  it('reports a gender that differs from the NIP gender digit', () => {
    expect(genderAgrees('male', 'female')).toBe(false);
    const r = checkNipGender(parsed, 'female');
    expect(!r.ok && r.problem).toEqual({ key: 'domain.nip.gender_mismatch', params: { nip: '197805122005011002', digit: '1' } });
  });
});

describe('parseIdentifier', () => {
  it('checks a NIP in full', () => {
    expect(parseIdentifier('19780512 200501 1 002', 'nip', today)).toMatchObject({ ok: true, value: { identifier: '197805122005011002' } });
    expect(parseIdentifier('123', 'nip', today).ok).toBe(false);
  });

  it('accepts any non-empty NRP, trimmed', () => {
    expect(parseIdentifier('  11 0203 ', 'nrp', today)).toEqual({ ok: true, value: { idType: 'nrp', identifier: '11 0203', nip: null } });
  });

  it('rejects an empty identifier of another type', () => {
    const r = parseIdentifier('   ', 'other', today);
    expect(!r.ok && r.problem.key).toBe('domain.identifier.empty');
  });

  it('reads identifier types in both languages', () => {
    expect(parseIdType('NRP')).toEqual({ ok: true, value: 'nrp' });
    expect(parseIdType('lainnya')).toEqual({ ok: true, value: 'other' });
    expect(parseIdType('ktp').ok).toBe(false);
  });
});

describe('NIP properties', () => {
  const validNip = fc
    .record({
      birth: fc.date({ min: new Date(1950, 0, 1), max: new Date(2005, 11, 31), noInvalidDate: true }),
      monthsAfter18: fc.integer({ min: 0, max: 400 }),
      gender: fc.constantFrom('1', '2'),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ birth, monthsAfter18, gender, sequence }) => {
      const y = birth.getFullYear();
      const m = birth.getMonth() + 1;
      let months = (y + 18) * 12 + (m - 1) + monthsAfter18;
      months = Math.min(months, 2024 * 12 + 5); // never after June 2024, the fixed today
      const ty = Math.floor(months / 12);
      const tm = (months % 12) + 1;
      const pad = (n: number, w: number) => String(n).padStart(w, '0');
      return `${pad(y, 4)}${pad(m, 2)}${pad(birth.getDate(), 2)}${pad(ty, 4)}${pad(tm, 2)}${gender}${pad(sequence, 3)}`;
    })
    .filter((nip) => nip.slice(8, 14) >= `${Number(nip.slice(0, 4)) + 18}${nip.slice(4, 6)}`);

  it('accepts every NIP built from real dates in order, and formatting round-trips', () => {
    fc.assert(
      fc.property(validNip, (nip) => {
        const r = parseNip(nip, today);
        expect(r.ok).toBe(true);
        const again = parseNip(formatNip(nip), today);
        expect(again.ok && again.value.nip).toBe(nip);
      }),
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNip(s, today);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('never accepts anything but 18 digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '2', '9', ' ', '.', '-', 'a', 'E', '+') }), (s) => {
        const r = parseNip(s, today);
        if (r.ok) expect(r.value.nip).toMatch(/^\d{18}$/);
      }),
    );
  });
});
