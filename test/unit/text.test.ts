import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCode, parseYear, readText, TEXT_LIMITS } from '../../src/domain/text.js';
import { terminalSafe, terminalSafeJson } from '../../src/cli/terminal-text.js';

describe('readText', () => {
  it('stores "Dinas Pidië" typed in NFD as the same text as in NFC', () => {
    const nfc = 'Dinas Pidi\u00eb';
    const nfd = 'Dinas Pidie\u0308';
    expect(readText(nfd)).toEqual(readText(nfc));
    expect(readText(nfd)).toEqual({ ok: true, value: nfc });
  });

  it('trims, and gives null for blank text', () => {
    expect(readText('  Budi  ')).toEqual({ ok: true, value: 'Budi' });
    expect(readText(' \t ', 'free')).toEqual({ ok: true, value: null });
  });

  it('refuses ESC, NUL, DEL and C1 controls, naming the character and where it is', () => {
    expect(readText('Budi\u001b[2J')).toEqual({ ok: false, problem: { key: 'domain.text.control', params: { character: 'U+001B', position: 5 } } });
    for (const ch of ['\u0000', '\u007f', '\u0085', '\u009b']) expect(readText(`a${ch}b`).ok).toBe(false);
  });

  it('lets tab and line breaks into free text only, with CRLF read as LF', () => {
    expect(readText('satu\r\ndua\tTiga', 'free')).toEqual({ ok: true, value: 'satu\ndua\tTiga' });
    expect(readText('satu\ndua', 'name').ok).toBe(false);
    expect(readText('satu\tdua', 'title').ok).toBe(false);
  });

  it('bounds each kind at its limit, counting characters rather than UTF-16 units', () => {
    for (const [kind, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
      expect(readText('a'.repeat(max), kind).ok).toBe(true);
      expect(readText('a'.repeat(max + 1), kind)).toEqual({ ok: false, problem: { key: 'domain.text.too_long', params: { max, length: max + 1 } } });
    }
    expect(readText('😀'.repeat(200)).ok).toBe(true);
  });

  it('never lets a control character other than tab and LF through, and keeps text already clean as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('name', 'free') as fc.Arbitrary<'name' | 'free'>, (input, kind) => {
        const result = readText(input, kind);
        if (!result.ok) return;
        const value = result.value ?? '';
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(value)).toBe(false);
        if (kind === 'name') expect(/[\t\n]/.test(value)).toBe(false);
        expect(value).toBe(value.normalize('NFC'));
        expect(readText(value, kind)).toEqual(result);
      }),
    );
  });
});

describe('parseCode', () => {
  it('keeps ASCII letters, digits, dot, underscore and hyphen, in lower case', () => {
    expect(parseCode(' PIM4-XXII_2018.b ')).toEqual({ ok: true, value: 'pim4-xxii_2018.b' });
  });

  it('refuses look-alikes: a full-width digit and a Cyrillic letter', () => {
    expect(parseCode('pim\uff14-xxii-2018')).toMatchObject({ ok: false, problem: { key: 'domain.code.invalid', params: { character: '"\uff14" (U+FF14)' } } });
    expect(parseCode('\u0440im4-xxii-2018')).toMatchObject({ ok: false, problem: { key: 'domain.code.invalid', params: { character: '"\u0440" (U+0440)' } } });
  });

  it('refuses a code starting with punctuation, holding a space, or empty', () => {
    for (const code of ['-pim4', 'pim 4', '', 'kode/1']) expect(parseCode(code).ok).toBe(false);
  });

  it('accepts exactly the codes of the pattern, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const result = parseCode(input);
        const trimmed = input.normalize('NFC').trim();
        expect(result.ok).toBe(/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(trimmed));
        if (result.ok) expect(result.value).toBe(trimmed.toLowerCase());
      }),
    );
  });
});

describe('parseYear', () => {
  it('takes four digits between 1900 and 2200', () => {
    expect(parseYear(' 2024 ')).toEqual({ ok: true, value: 2024 });
    for (const y of ['24', '1899', '2201', '2024.0', '２０２４']) expect(parseYear(y).ok).toBe(false);
  });
});

describe('terminalSafe', () => {
  it('shows ESC[2J as text instead of clearing the screen', () => {
    expect(terminalSafe('Budi\u001b[2J')).toBe('Budi\\x1b[2J');
    expect(terminalSafe('a\u009bb\u0007c\u007f')).toBe('a\\x9bb\\x07c\\x7f');
  });

  it('keeps tab, line feed and ordinary text, and proper\'s own colours when asked', () => {
    expect(terminalSafe('a\tb\nc é')).toBe('a\tb\nc é');
    expect(terminalSafe('\u001b[32m✔\u001b[39m', true)).toBe('\u001b[32m✔\u001b[39m');
    expect(terminalSafe('\u001b[32m✔\u001b[39m')).toBe('\\x1b[32m✔\\x1b[39m');
    expect(terminalSafe('\u001b[2J', true)).toBe('\\x1b[2J');
  });

  it('leaves no control character but tab and LF, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (text, colour) => {
        const safe = terminalSafe(text, colour);
        const withoutColour = colour ? safe.replace(/\u001b\[[0-9;]*m/g, '') : safe;
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(withoutColour)).toBe(false);
      }),
    );
  });

  it('writes C1 characters in JSON as escapes, the same value once parsed', () => {
    const json = JSON.stringify({ name: 'a\u009b2Jb\u001b' });
    const safe = terminalSafeJson(json);
    expect(/[\u007f-\u009f]/.test(safe)).toBe(false);
    expect(JSON.parse(safe)).toEqual({ name: 'a\u009b2Jb\u001b' });
  });
});
