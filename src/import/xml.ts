// XML as the workbook readers need it: element names without their namespace prefix (the Open XML
// SDK and reporting tools write `x:row`, Excel writes `row`), attributes by local name, text in
// pieces. saxes checks well-formedness and decodes entities; namespace processing is left off
// (it costs a third of the parse) since only local names matter here.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** The local part of a prefixed name: `x:row` → `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id` found as `id`, but `sheetId` not as `id`). */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  const direct = attributes[local];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** A push parser: write() pieces of text, close() at the end. Throws Error on malformed XML. */
export function xmlParser(handlers: XmlHandlers): { write(text: string): void; close(): void } {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const onClose = handlers.close;
  if (onClose) parser.on('closetag', (tag) => onClose(localName(tag.name)));
  parser.on('error', (error) => {
    throw error;
  });
  return {
    write: (text) => void parser.write(text),
    close: () => void parser.close(),
  };
}

/** Parses a whole (small) document. */
export function parseXml(text: string, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers);
  parser.write(text);
  parser.close();
}
