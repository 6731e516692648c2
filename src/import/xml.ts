// A minimal streaming XML scanner for spreadsheet parts: element names without their namespace
// prefix (the Open XML SDK and reporting tools write `x:row`, Excel writes `row`), attributes read
// on demand from the tag's raw text, text with its entities decoded. Written here rather than taken
// from a general parser by measurement: saxes, which checks all of XML's rules, read 200,000
// formatted empty rows (1.2 million `<c/>` elements, 40 MB of XML) in about 10 s; this scanner,
// which only finds tags with indexOf, in well under one. Comments, processing instructions, CDATA
// and a DOCTYPE are understood; malformed markup ends the part with an Error.

/**
 * Where a tag's attributes are: `text` from `from` to `to`. One object is reused for every tag
 * (no allocation per tag); read it with attr() during open(), never keep it.
 */
export interface Attributes {
  text: string;
  from: number;
  to: number;
}

export interface XmlHandlers {
  /** No close() follows a self-closing tag. */
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** A part that is not well-formed XML; the message goes into "cannot be read (…)". */
function malformed(what: string): Error {
  return new Error(`malformed XML: ${what}`);
}

/** The local part of a prefixed name: `x:row` → `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * An attribute's value by local name (`r:id` is found as `id`, `sheetId` is not), entities
 * decoded; undefined when absent.
 */
export function attr(attributes: Attributes, local: string): string | undefined {
  const start = attrStart(attributes, local);
  if (start === -1) return undefined;
  const { text } = attributes;
  return decodeEntities(text.slice(start, text.indexOf(text[start - 1]!, start)));
}

/**
 * Where an attribute's value starts in `attributes.text` (just after its opening quote), or -1.
 * For the hottest path (a cell's `r`), read without making a string.
 */
export function attrStart(attributes: Attributes, local: string): number {
  // Walks the tag's name="value" pairs: bounded by the tag, never searching past it.
  const { text, to } = attributes;
  let i = attributes.from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && text.charCodeAt(i) !== 61 && !isSpace(text.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to || text.charCodeAt(i) !== 61) return -1;
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return -1;
    const end = text.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end === -1 || end >= to) return -1;
    if (nameMatches(text, nameStart, nameEnd, local)) return i + 1;
    i = end + 1;
  }
  return -1;
}

/** text[start, end) is `local` or `prefix:local` (but not `xmlns:local`). */
function nameMatches(text: string, start: number, end: number, local: string): boolean {
  const n = local.length;
  if (end - start < n || !text.startsWith(local, end - n)) return false;
  if (end - start === n) return true;
  if (text.charCodeAt(end - n - 1) !== 58) return false;
  return !text.startsWith('xmlns:', start);
}

/** Attributes of a whole (small) tag text, for tests and callers holding a string. */
export function attributesOf(text: string): Attributes {
  return { text: ` ${text}`, from: 0, to: text.length + 1 };
}

function isSpace(c: number): boolean {
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

/** Longest markup construct held back between pieces before the part is called malformed. */
const MAX_PENDING = 1024 * 1024;

/** A push scanner: write() pieces of text in order, close() at the end. */
export function xmlParser(handlers: XmlHandlers): { write(text: string): void; close(): void } {
  let pending = '';
  const view: Attributes = { text: '', from: 0, to: 0 };
  const onText = handlers.text;
  const onClose = handlers.close;

  function scan(text: string, final: boolean): string {
    let i = 0;
    const length = text.length;
    while (i < length) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        if (!final) return text.slice(i);
        if (onText) onText(decodeEntities(text.slice(i)));
        return '';
      }
      if (lt > i && onText) onText(decodeEntities(text.slice(i, lt)));
      const c = text.charCodeAt(lt + 1);
      if (c === 33) {
        // <!-- comment -->, <![CDATA[ … ]]>, <!DOCTYPE …>
        if (text.startsWith('<!--', lt)) {
          const end = text.indexOf('-->', lt + 4);
          if (end === -1) return held(text, lt, final);
          i = end + 3;
        } else if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) return held(text, lt, final);
          if (onText) onText(text.slice(lt + 9, end));
          i = end + 3;
        } else {
          const end = text.indexOf('>', lt + 2);
          if (end === -1) return held(text, lt, final);
          i = end + 1;
        }
        continue;
      }
      if (c === 63) {
        const end = text.indexOf('?>', lt + 2);
        if (end === -1) return held(text, lt, final);
        i = end + 2;
        continue;
      }
      const end = tagEnd(text, lt + 1);
      if (end === -1) return held(text, lt, final);
      if (c === 47) {
        if (onClose) onClose(localName(text.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const stop = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < stop && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
        if (nameEnd === lt + 1) throw malformed('empty tag name');
        view.text = text;
        view.from = nameEnd;
        view.to = stop;
        handlers.open(localName(text.slice(lt + 1, nameEnd)), view, selfClosing);
      }
      i = end + 1;
    }
    return '';
  }

  function held(text: string, from: number, final: boolean): string {
    if (final) throw malformed('unclosed markup at the end');
    const rest = text.slice(from);
    if (rest.length > MAX_PENDING) throw malformed('markup too long');
    return rest;
  }

  return {
    write(text) {
      pending = scan(pending === '' ? text : pending + text, false);
    },
    close() {
      const rest = pending;
      pending = '';
      if (rest !== '') scan(rest, true);
    },
  };
}

/** The index of the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if not in `text`. */
function tagEnd(text: string, from: number): number {
  if (text.indexOf('>', from) === -1) return -1;
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

/** Scans a whole (small) document. */
export function parseXml(text: string, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers);
  parser.write(text);
  parser.close();
}
