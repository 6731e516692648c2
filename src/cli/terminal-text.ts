// The gate for text going out to a terminal (SPEC §4): a stored name or an echoed input holding
// ESC[2J must not clear the officer's screen. Every line proper prints to a terminal passes here.

// Controls a terminal acts on: C0 but tab and line feed, DEL, C1 (U+009B is a one-byte CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// The colour sequences proper paints itself (chalk's SGR: ESC [ n ; … m).
const SGR = /\u001b\[[0-9;]*m/y;

/**
 * The text with every control character shown as an escape (`\x1b`, `\x9b`) instead of acted on.
 * With `keepColour`, SGR colour sequences are left as they are (they are what colour output is
 * made of; stored text cannot hold them: src/domain/text.ts refuses control characters).
 */
export function terminalSafe(text: string, keepColour = false): string {
  if (!CONTROL.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
    if (!control) {
      out += text[i];
      continue;
    }
    if (keepColour && c === 0x1b) {
      SGR.lastIndex = i;
      const match = SGR.exec(text);
      if (match) {
        out += match[0];
        i += match[0].length - 1;
        continue;
      }
    }
    out += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** JSON whose DEL and C1 characters are written as \u escapes (JSON.stringify already escapes C0): the same value. */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
