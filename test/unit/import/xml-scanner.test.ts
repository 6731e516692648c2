// The workbook's XML scanner (src/import/xml.ts) reads UTF-8 bytes in the pieces the inflater hands
// out: wherever a piece ends — inside a tag, a quoted value holding `>`, a multi-byte character, an
// entity, a comment or CDATA — the events are those of the whole document read at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attr, attributesOf, parseXml, xmlParser, type XmlHandlers } from '../../../src/import/xml.js';

type Event = [string, string, ...string[]];

/** The events of a document, with every attribute named in `read` taken from each open tag. */
function events(feed: (handlers: XmlHandlers) => void, read: readonly string[] = ['r', 'id', 't']): Event[] {
  const out: Event[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push(['text', text]);
    text = '';
  };
  feed({
    open(name, attributes, selfClosing) {
      flush();
      out.push(['open', name, String(selfClosing), ...read.map((a) => attr(attributes, a) ?? '-')]);
    },
    text(piece) {
      text += piece;
    },
    close(name) {
      flush();
      out.push(['close', name]);
    },
  });
  flush();
  return out;
}

function inPieces(bytes: Buffer, cuts: number[]) {
  return (handlers: XmlHandlers): void => {
    const parser = xmlParser(handlers);
    let from = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      parser.writeBytes(bytes.subarray(from, cut));
      from = cut;
    }
    parser.writeBytes(bytes.subarray(from));
    parser.close();
  };
}

const texts = fc.constantFrom('Budi', 'Sántoso', 'a &amp; b', '&#x1F600; ok', '1 &lt; 2 &gt; 0', 'Ṣ€', ' ', 'x'.repeat(300));
const values = fc.constantFrom('A1', 'x>y', "it's", 'a &quot;q&quot;', 'Ω', '');
const names = fc.constantFrom('c', 'row', 'v', 't', 'x:row', 'sheetData', 'si');

const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    texts,
    fc.constantFrom('<!-- a > b -->', '<![CDATA[<not a tag>]]>', '<?pi x?>'),
    fc.tuple(names, values, fc.boolean()).map(([n, v, q]) => (q ? `<${n} r="${v.replaceAll('"', '&quot;')}"/>` : `<${n} t='${v.replaceAll("'", '&apos;')}'/>`)),
    fc.tuple(names, values, fc.array(tie('node'), { maxLength: 4 })).map(([n, v, kids]) => `<${n} id="${v.replaceAll('"', '&quot;')}">${kids.join('')}</${n}>`),
  ),
})).node;

describe('the XML scanner', () => {
  it('gives the same events whatever the pieces', () => {
    fc.assert(
      fc.property(element, fc.array(fc.nat(), { maxLength: 12 }), (xml, rawCuts) => {
        const bytes = Buffer.from(`<root>${xml}</root>`, 'utf8');
        const cuts = rawCuts.map((c) => c % (bytes.length + 1));
        expect(events(inPieces(bytes, cuts))).toEqual(events((h) => parseXml(bytes.toString('utf8'), h)));
      }),
      { numRuns: 300 },
    );
  });

  it('splits no character and no entity, even cut byte by byte', () => {
    const xml = '<t a="x>y">Sántoso &amp; Ṣ€ &#x1F600;</t>';
    const bytes = Buffer.from(xml, 'utf8');
    const all = Array.from({ length: bytes.length }, (_, i) => i);
    expect(events(inPieces(bytes, all), ['a'])).toEqual([
      ['open', 't', 'false', 'x>y'],
      ['text', 'Sántoso & Ṣ€ 😀'],
      ['close', 't'],
    ]);
  });

  it('hands out a long text in pieces that join to the text', () => {
    const long = `${'é'.repeat(70_000)}&amp;${'b'.repeat(70_000)}`;
    const bytes = Buffer.from(`<v>${long}</v>`, 'utf8');
    const pieces: string[] = [];
    inPieces(bytes, [1000, 90_000, 140_000])({ open: () => undefined, text: (t) => pieces.push(t) });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(long.replace('&amp;', '&'));
  });

  it('finds prefixed attributes by local name, never an xmlns declaration', () => {
    const a = attributesOf('xmlns:r="ns" r:id="rId1" sheetId="2"');
    expect(attr(a, 'id')).toBe('rId1');
    expect(attr(a, 'r')).toBeUndefined();
    expect(attr(a, 'Id')).toBeUndefined();
  });

  it('calls markup left open at the end malformed', () => {
    const parser = xmlParser({ open: () => undefined });
    parser.write('<row r="1"');
    expect(() => parser.close()).toThrow(/malformed XML/);
  });
});
