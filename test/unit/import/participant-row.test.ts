import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateParticipantRow } from '../../../src/domain/participant-row.js';
import { parseNip, parseNipInFull } from '../../../src/domain/nip.js';
import { FirstLines } from '../../../src/import/first-lines.js';

const today = new Date(2024, 5, 15);
const fieldsOf = (values: Record<string, string>, options = {}) => {
  const r = validateParticipantRow(values, today, options);
  return r.ok ? [] : r.problems.map((p) => p.field);
};

describe('validateParticipantRow', () => {
  it('normalises a spaced NIP, takes gender and birth date from it, and splits a combined rank column', () => {
    const r = validateParticipantRow({ nip: '19830620 201011 1 003', name: ' Dr. Rahmat  Wijaya ', gender: 'L', rank_grade: 'Penata Tk. I (III/d)' }, today);
    expect(r).toMatchObject({
      ok: true,
      value: { nip: '198306202010111003', name: 'Dr. Rahmat Wijaya', gender: 'male', birth_date: '1983-06-20', rank: 'Penata Tingkat I', grade: 'III/d', status: null },
    });
  });

  it('collects every problem of the row at once', () => {
    expect(fieldsOf({ nip: '198813012011032006', gender: 'X', email: 'bukan email', phone: '12', status: 'entah' })).toEqual(['nip', 'name', 'gender', 'email', 'phone', 'status']);
  });

  it('rejects a gender that disagrees with the NIP gender digit', () => {
    expect(fieldsOf({ nip: '198210112010121007', name: 'Arief Sari', gender: 'P' })).toEqual(['gender']);
  });

  it('says an NIP stored as a number lost its digits', () => {
    const r = validateParticipantRow({ nip: '197407082006061000', name: 'A' }, today, { nipStoredAsNumber: true });
    expect(r.ok ? undefined : r.problems[0]).toMatchObject({ field: 'nip', key: 'import.error.nipStoredAsNumber' });
    const typed = validateParticipantRow({ nip: '1.97407082006061E+17', name: 'A' }, today);
    expect(typed.ok ? undefined : typed.problems[0]?.key).toBe('domain.nip.excel_number');
  });

  it('rejects a rank and a combined column that name different grades', () => {
    expect(fieldsOf({ nip: '198306202010111003', name: 'A', grade: 'III/a', rank_grade: 'Penata Tk. I (III/d)' })).toEqual(['rank_grade']);
  });

  it('rejects a birth date that disagrees with the NIP', () => {
    expect(fieldsOf({ nip: '198306202010111003', name: 'A', birth_date: '1983-06-21' })).toEqual(['birth_date']);
  });

  it('accepts an NRP without NIP checks', () => {
    expect(validateParticipantRow({ nip: '11223344', id_type: 'NRP', name: 'Kompol Andi' }, today)).toMatchObject({ ok: true, value: { nip: '11223344', id_type: 'nrp', gender: null } });
  });

  it('keeps repeated dots in the local part of an agency e-mail address', () => {
    expect(validateParticipantRow({ nip: '198306202010111003', name: 'Muh. Siregar', email: 'muh..siregar2@PemkoMedan.go.id' }, today)).toMatchObject({
      ok: true,
      value: { email: 'muh..siregar2@pemkomedan.go.id' },
    });
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.option(fc.string({ maxLength: 24 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ nip: cell, name: cell, gender: cell, birth_date: cell, rank: cell, grade: cell, rank_grade: cell, email: cell, phone: cell, status: cell, id_type: cell }), (values) => {
        const r = validateParticipantRow(values as Record<string, string>, today);
        if (r.ok) expect(r.value.name.length).toBeGreaterThan(0);
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('accepts every structurally valid NIP and gives back its 18 digits', () => {
    const nip = fc.record({ y: fc.integer({ min: 1950, max: 1990 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), g: fc.constantFrom(1, 2), s: fc.integer({ min: 1, max: 999 }) });
    fc.assert(
      fc.property(nip, ({ y, m, d, g, s }) => {
        const digits = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${y + 20}01${g}${String(s).padStart(3, '0')}`;
        const spaced = `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
        const r = validateParticipantRow({ nip: spaced, name: 'X' }, today);
        expect(r).toMatchObject({ ok: true, value: { nip: digits, gender: g === 1 ? 'male' : 'female' } });
      }),
    );
  });
});

describe('the fast paths of the import', () => {
  it('parseNip reads 18 digits exactly as its full checks do, valid or not', () => {
    const digits = fc.oneof(
      fc.stringMatching(/^\d{18}$/),
      fc.tuple(
        fc.integer({ min: 1890, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 1890, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999 }),
      ).map(([y, m, d, ty, tm, g, s]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${ty}${String(tm).padStart(2, '0')}${g}${String(s).padStart(3, '0')}`),
      fc.constantFrom('999912312024061001', '998001012024061001', '196502292000011001', '196002292000011001', '197805122024061000', '197805122024071001'),
    );
    fc.assert(
      fc.property(digits, fc.constantFrom(new Date(2024, 5, 15), new Date(2024, 0, 1)), (nip, day) => {
        expect(parseNip(nip, day)).toEqual(parseNipInFull(nip, day));
      }),
      { numRuns: 2000 },
    );
  });

  it('cleans white space in a cell exactly as collapsing every run of \\s and trimming does', () => {
    const piece = fc.constantFrom('a', 'Budi', ' ', '  ', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u200b', 'é', '.', '\u0000');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const name = pieces.join('');
        const expected = name.replace(/\s+/g, ' ').trim();
        const r = validateParticipantRow({ nip: '197805122005011002', name, position: name }, today);
        // A control character left after the white space is refused by the text gate (src/domain/text.ts).
        if (/[\u0000-\u001f\u007f-\u009f]/.test(expected)) {
          expect(r).toMatchObject({ ok: false, problems: [{ field: 'name', key: 'domain.text.control' }, { field: 'position', key: 'domain.text.control' }] });
        } else if (expected === '') expect(r).toMatchObject({ ok: false, problems: [{ field: 'name' }] });
        else expect(r).toMatchObject({ ok: true, value: { name: expected, position: expected } });
      }),
    );
  });

  it('reads a repeated rank, gender or status text the same way every time', () => {
    const values = { nip: '197805122005011002', name: 'Budi', gender: 'L', rank_grade: 'Penata Tk. I (III/d)', status: 'lulus' };
    const first = validateParticipantRow(values, today);
    for (let i = 0; i < 3; i++) expect(validateParticipantRow(values, today)).toEqual(first);
    expect(first).toMatchObject({ ok: true, value: { gender: 'male', rank: 'Penata Tingkat I', grade: 'III/d', status: 'passed' } });
    const wrong = { ...values, rank: 'Penata Muda', grade: 'III/a' };
    for (let i = 0; i < 2; i++) expect(validateParticipantRow(wrong, today)).toMatchObject({ ok: false, problems: [{ field: 'rank_grade', key: 'domain.rank.mismatch' }] });
    const person = { nip: '197805122005011002', name: 'Budi' };
    expect(validateParticipantRow({ ...person, rank: 'Penata\u0000', grade: 'III/c' }, today)).toMatchObject({ ok: true, value: { rank: 'Penata', grade: 'III/c' } });
    expect(validateParticipantRow({ ...person, rank: 'Penata\u0000', grade: 'III/d' }, today)).toMatchObject({ ok: false, problems: [{ field: 'rank', key: 'domain.rank.mismatch' }] });
  });
});

describe('FirstLines', () => {
  it('names the line of the first occurrence of an identifier', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^\d{18}$/), fc.string({ maxLength: 5 })), { maxLength: 300 }), (ids) => {
        const index = new FirstLines();
        const first = new Map<string, number>();
        ids.forEach((id, line) => {
          expect(index.firstLineOf(id, line)).toBe(first.get(id));
          if (!first.has(id)) first.set(id, line);
        });
      }),
    );
  });
});
