import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEmail, parsePhone } from '../../src/domain/contact.js';

describe('parseEmail', () => {
  it('accepts an ordinary address and lower-cases its domain', () => {
    expect(parseEmail(' Budi.Santoso@Kemnaker.GO.ID ')).toEqual({ ok: true, value: 'Budi.Santoso@kemnaker.go.id' });
  });

  it.each(['budi', 'budi@', '@kemnaker.go.id', 'budi@kemnaker', 'budi santoso@kemnaker.go.id', 'budi@@kemnaker.go.id', 'budi@kemnaker..go.id', 'budi@kemnaker.go.id.'])(
    'rejects "%s"',
    (input) => {
      expect(parseEmail(input)).toMatchObject({ ok: false, problem: { key: 'domain.email.shape' } });
    },
  );
});

describe('parsePhone', () => {
  it.each([
    ['0812-3456-789', '08123456789'],
    ['0812 3456 7890', '081234567890'],
    ['(021) 555-1234', '0215551234'],
    ['+62 812 3456 789', '+628123456789'],
    ['+62 (0)812 3456 789', '+628123456789'],
    ['628123456789', '+628123456789'],
    ['0274 12345', '027412345'],
  ])('reads "%s" as %s', (input, phone) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: phone });
  });

  it('rejects letters', () => {
    expect(parsePhone('0812-ABCD-789')).toMatchObject({ ok: false, problem: { key: 'domain.phone.characters' } });
  });

  it('rejects a number that does not start with 0, 62 or +62', () => {
    expect(parsePhone('8123456789')).toMatchObject({ ok: false, problem: { key: 'domain.phone.prefix' } });
    expect(parsePhone('+1 555 123 4567')).toMatchObject({ ok: false, problem: { key: 'domain.phone.prefix' } });
  });

  it('rejects numbers too short or too long', () => {
    expect(parsePhone('0812345')).toMatchObject({ ok: false, problem: { key: 'domain.phone.length' } });
    expect(parsePhone('08123456789012')).toMatchObject({ ok: false, problem: { key: 'domain.phone.length' } });
  });

  it('always gives digits with a leading 0 or +62, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '6', '2', '8', '1', ' ', '-', '+', '(', ')', 'x') }), (s) => {
        const r = parsePhone(s);
        if (r.ok) expect(r.value).toMatch(/^(0|\+62)[1-9]\d{7,11}$/);
      }),
    );
  });
});

describe('parseEmail with names typed twice over', () => {
  it('keeps repeated dots before the @, as lists made from names produce them', () => {
    expect(parseEmail('muh..siregar2@pemkomedan.go.id')).toEqual({ ok: true, value: 'muh..siregar2@pemkomedan.go.id' });
  });
});
