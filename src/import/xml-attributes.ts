// Reading a tag's attributes from the raw UTF-8 bytes the scanner (xml.ts) found them in, and XML's
// entities: a string is made only for a value a handler asks for.

/**
 * Where a tag's attributes are: `bytes` from `from` to `to`. One object is reused for every tag
 * (no allocation per tag); read it with attr() during open(), never keep it.
 */
export interface Attributes {
  bytes: Buffer;
  from: number;
  to: number;
}

/**
 * An attribute's value by local name (`r:id` is found as `id`, `sheetId` is not), entities
 * decoded; undefined when absent.
 */
export function attr(attributes: Attributes, local: string): string | undefined {
  const start = attrStart(attributes, local);
  if (start === -1) return undefined;
  const { bytes } = attributes;
  return decodeEntities(bytes.toString('utf8', start, bytes.indexOf(bytes[start - 1]!, start)));
}

/**
 * Where an attribute's value starts in `attributes.bytes` (just after its opening quote), or -1.
 * For the hottest path (a cell's `r`), read without making a string.
 */
export function attrStart(attributes: Attributes, local: string): number {
  // Walks the tag's name="value" pairs: bounded by the tag, never searching past it.
  const { bytes, to } = attributes;
  let i = attributes.from;
  while (i < to) {
    while (i < to && isSpace(bytes[i]!)) i++;
    const nameStart = i;
    while (i < to && bytes[i] !== EQUALS && !isSpace(bytes[i]!)) i++;
    const nameEnd = i;
    while (i < to && isSpace(bytes[i]!)) i++;
    if (i >= to || bytes[i] !== EQUALS) return -1;
    i++;
    while (i < to && isSpace(bytes[i]!)) i++;
    const quote = bytes[i];
    if (quote !== DQUOTE && quote !== SQUOTE) return -1;
    let end = i + 1;
    while (end < to && bytes[end] !== quote) end++;
    if (end >= to) return -1;
    if (nameMatches(bytes, nameStart, nameEnd, local)) return i + 1;
    i = end + 1;
  }
  return -1;
}

/** The value starting at `from` (after its quote) as a whole number when it is only digits; NaN otherwise. */
export function integerAt(bytes: Uint8Array, from: number): number {
  let n = 0;
  let i = from;
  for (; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  const end = bytes[i];
  return i > from && i - from <= 15 && (end === DQUOTE || end === SQUOTE) ? n : Number.NaN;
}

/** bytes[start, end) is `local` or `prefix:local` (but not `xmlns:local`). */
function nameMatches(bytes: Buffer, start: number, end: number, local: string): boolean {
  const n = local.length;
  if (end - start < n) return false;
  for (let k = 0; k < n; k++) if (bytes[end - n + k] !== local.charCodeAt(k)) return false;
  if (end - start === n) return true;
  if (bytes[end - n - 1] !== COLON) return false;
  return !(end - start > 6 && bytes.toString('latin1', start, start + 6) === 'xmlns:');
}

/** Attributes of a whole (small) tag text, for tests and callers holding a string. */
export function attributesOf(text: string): Attributes {
  const bytes = Buffer.from(` ${text}`, 'utf8');
  return { bytes, from: 0, to: bytes.length };
}

const EQUALS = 61;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;

/** XML's white space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML's entities replaced; the text itself when it has none. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
