// A minimal streaming XML scanner for spreadsheet parts: element names without their namespace
// prefix (the Open XML SDK and reporting tools write `x:row`, Excel writes `row`), attributes read
// on demand from the tag's raw bytes, text with its entities decoded. Written here rather than taken
// from a general parser by measurement: saxes, which checks all of XML's rules, read 200,000
// formatted empty rows (1.2 million `<c/>` elements, 37 MB of XML) in about 10 s. The scanner works
// on the inflated UTF-8 bytes and decodes only what a handler reads (a text, an attribute's value):
// on that workbook, the dry-run import took 1.2–1.5 s of CPU and peaked at 107–113 MB scanning
// decoded strings, and 0.83–0.88 s and 74–77 MB scanning bytes (side by side, same machine).
// Comments, processing instructions, CDATA and a DOCTYPE are understood; malformed markup ends the
// part with an Error.
import { decodeEntities, isSpace, type Attributes } from './xml-attributes.js';

export { attr, attrStart, attributesOf, decodeEntities, integerAt, type Attributes } from './xml-attributes.js';

export interface XmlHandlers {
  /** No close() follows a self-closing tag. */
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

export interface XmlParser {
  /** Feeds the next piece of the document as text. */
  write(text: string): void;
  /** Feeds the next piece of the document as UTF-8 bytes (a multi-byte character may be split). */
  writeBytes(bytes: Uint8Array): void;
  /** Ends the document: markup left open is an Error. */
  close(): void;
}

/** A part that is not well-formed XML; the message goes into "cannot be read (…)". */
function malformed(what: string): Error {
  return new Error(`malformed XML: ${what}`);
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const AMPERSAND = 38;
const SEMICOLON = 59;

/** Longest markup construct held back between pieces before the part is called malformed. */
const MAX_PENDING = 1024 * 1024;
/** Text longer than this without markup is handed out in pieces (the sheet limits a cell's length). */
const TEXT_PIECE = 64 * 1024;

/**
 * The local name of bytes[from, to) (`x:row` → `row`). The element names of a sheet's hot path come
 * back as constants, so that reading millions of tags makes no string per tag.
 */
function nameAt(bytes: Buffer, from: number, to: number): string {
  for (let k = from; k < to; k++) {
    if (bytes[k] === COLON) {
      from = k + 1;
      break;
    }
  }
  const length = to - from;
  const first = bytes[from];
  if (length === 1) {
    if (first === 99) return 'c';
    if (first === 118) return 'v';
    if (first === 102) return 'f';
    if (first === 116) return 't';
  } else if (length === 3 && first === 114 && bytes[from + 1] === 111 && bytes[from + 2] === 119) return 'row';
  return bytes.toString('utf8', from, to);
}

/** The index of the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if not in `bytes`. */
function tagEnd(bytes: Buffer, from: number, length: number): number {
  let quote = 0;
  for (let i = from; i < length; i++) {
    const c = bytes[i]!;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === DQUOTE || c === SQUOTE) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

/** A push scanner: write() or writeBytes() pieces in order, close() at the end. */
export function xmlParser(handlers: XmlHandlers): XmlParser {
  let pending: Buffer | undefined;
  const view: Attributes = { bytes: Buffer.alloc(0), from: 0, to: 0 };
  const onText = handlers.text;
  const onClose = handlers.close;

  function emitText(bytes: Buffer, from: number, to: number): void {
    if (onText && to > from) onText(decodeEntities(bytes.toString('utf8', from, to)));
  }

  /** Scans `bytes`; returns where the unfinished rest starts (bytes.length when none). */
  function scan(bytes: Buffer, final: boolean): number {
    const length = bytes.length;
    let i = 0;
    while (i < length) {
      let lt = i;
      while (lt < length && bytes[lt] !== LT) lt++;
      if (lt === length) {
        if (final) {
          emitText(bytes, i, length);
          return length;
        }
        return textTail(bytes, i, length);
      }
      if (lt > i) emitText(bytes, i, lt);
      const c = bytes[lt + 1];
      if (c === undefined) return held(lt, length, final);
      if (c === BANG) {
        // <!-- comment -->, <![CDATA[ … ]]>, <!DOCTYPE …>
        let end: number;
        if (startsWith(bytes, lt, '<!--')) {
          end = bytes.indexOf('-->', lt + 4, 'latin1');
          if (end !== -1) end += 3;
        } else if (startsWith(bytes, lt, '<![CDATA[')) {
          end = bytes.indexOf(']]>', lt + 9, 'latin1');
          if (end !== -1 && onText) onText(bytes.toString('utf8', lt + 9, end));
          if (end !== -1) end += 3;
        } else if (lt + 9 > length && !final) {
          return held(lt, length, final);
        } else {
          end = bytes.indexOf(GT, lt + 2);
          if (end !== -1) end += 1;
        }
        if (end === -1) return held(lt, length, final);
        i = end;
        continue;
      }
      if (c === QUESTION) {
        const end = bytes.indexOf('?>', lt + 2, 'latin1');
        if (end === -1) return held(lt, length, final);
        i = end + 2;
        continue;
      }
      const end = tagEnd(bytes, lt + 1, length);
      if (end === -1) return held(lt, length, final);
      if (c === SLASH) {
        if (onClose) {
          let from = lt + 2;
          let to = end;
          while (from < to && isSpace(bytes[from]!)) from++;
          while (to > from && isSpace(bytes[to - 1]!)) to--;
          onClose(nameAt(bytes, from, to));
        }
      } else {
        const selfClosing = bytes[end - 1] === SLASH;
        const stop = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < stop && !isSpace(bytes[nameEnd]!)) nameEnd++;
        if (nameEnd === lt + 1) throw malformed('empty tag name');
        view.bytes = bytes;
        view.from = nameEnd;
        view.to = stop;
        handlers.open(nameAt(bytes, lt + 1, nameEnd), view, selfClosing);
      }
      i = end + 1;
    }
    return length;
  }

  /**
   * Text without markup up to the end of the piece: held for the next piece, unless it is long; then
   * handed out up to a point that splits neither a character nor an entity.
   */
  function textTail(bytes: Buffer, from: number, length: number): number {
    if (length - from <= TEXT_PIECE) return from;
    let cut = length;
    while (cut > from && (bytes[cut - 1]! & 0xc0) === 0x80) cut--;
    if (cut > from && bytes[cut - 1]! >= 0xc0) cut--;
    // An entity is at most 10 bytes (&#x10FFFF;): one begun in the last 10 and not ended waits.
    for (let k = cut - 1; k >= from && k >= cut - 10; k--) {
      if (bytes[k] === SEMICOLON) break;
      if (bytes[k] === AMPERSAND) {
        cut = k;
        break;
      }
    }
    emitText(bytes, from, cut);
    return cut;
  }

  function held(from: number, length: number, final: boolean): number {
    if (final) throw malformed('unclosed markup at the end');
    if (length - from > MAX_PENDING) throw malformed('markup too long');
    return from;
  }

  function feed(bytes: Buffer): void {
    let input = bytes;
    if (pending !== undefined) {
      // The held rest is finished with the new piece's head, up to its first `>`; only when that
      // is not enough (a `>` inside a value or a text) are the two joined whole. Joining every
      // piece would copy the whole part once more and hold a piece-sized buffer per piece.
      const gt = bytes.indexOf(GT);
      const head = Buffer.concat([pending, gt === -1 ? bytes : bytes.subarray(0, gt + 1)]);
      const rest = scan(head, false);
      if (rest === head.length) input = bytes.subarray(gt + 1);
      else if (gt === -1) {
        pending = Buffer.from(head.subarray(rest));
        return;
      } else input = Buffer.concat([head.subarray(rest), bytes.subarray(gt + 1)]);
    }
    const rest = scan(input, false);
    // The unfinished rest is copied: the caller may reuse its buffer.
    pending = rest < input.length ? Buffer.from(input.subarray(rest)) : undefined;
  }

  return {
    write(text) {
      feed(Buffer.from(text, 'utf8'));
    },
    writeBytes(bytes) {
      feed(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    },
    close() {
      const rest = pending;
      pending = undefined;
      if (rest !== undefined) scan(rest, true);
    },
  };
}

function startsWith(bytes: Buffer, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let k = 0; k < ascii.length; k++) if (bytes[at + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/** Scans a whole (small) document. */
export function parseXml(text: string, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers);
  parser.write(text);
  parser.close();
}
