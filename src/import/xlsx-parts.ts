// The parts of an .xlsx that a sheet's cells refer to: the sheet list (workbook.xml and its
// relationships), the number formats of the cell styles (styles.xml: which numbers are dates or
// percentages), and the shared strings. Every writer's spelling is accepted: prefixed or plain
// element names, absolute or relative part paths, upper- or lower-case part names.
import { limitError, LIMITS } from './sheet-row.js';
import { SharedStrings } from './shared-strings.js';
import { attr, parseXml, xmlParser } from './xml.js';
import type { ZipArchive, ZipEntry } from './zip.js';
import { ZipError } from './zip.js';

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Path of the worksheet part inside the archive. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

const SMALL_PART = 16 * 1024 * 1024;

function part(zip: ZipArchive, name: string): ZipEntry {
  const entry = zip.find(name);
  if (!entry) throw ZipError.of(`${name} is missing`);
  return entry;
}

/** Relationship id → target path (resolved against the folder of `source`). */
function relationships(zip: ZipArchive, source: string): Map<string, string> {
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const relsName = `${folder}_rels/${source.slice(folder.length)}.rels`;
  const out = new Map<string, string>();
  const entry = zip.find(relsName);
  if (!entry) return out;
  parseXml(zip.readText(entry, SMALL_PART), {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attr(attributes, 'Id');
      const target = attr(attributes, 'Target');
      if (id !== undefined && target !== undefined) out.set(id, resolve(folder, target));
    },
  });
  return out;
}

function resolve(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function readWorkbookInfo(zip: ZipArchive): WorkbookInfo {
  const root = relationships(zip, '');
  let workbookPart = 'xl/workbook.xml';
  for (const target of root.values()) if (/workbook\.xml$/i.test(target)) workbookPart = target;
  const rels = relationships(zip, workbookPart);
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  parseXml(zip.readText(part(zip, workbookPart), SMALL_PART), {
    open(name, attributes) {
      if (name === 'workbookPr') {
        const value = attr(attributes, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const id = attr(attributes, 'id');
        const state = attr(attributes, 'state');
        const target = id === undefined ? undefined : rels.get(id);
        sheets.push({
          name: attr(attributes, 'name') ?? `Sheet${sheets.length + 1}`,
          hidden: state === 'hidden' || state === 'veryHidden',
          part: target ?? `xl/worksheets/sheet${sheets.length + 1}.xml`,
        });
      }
    },
  });
  return { sheets, date1904 };
}

export type NumberKind = 'date' | 'percent' | 'general';

// Excel's built-in date and time formats (ECMA-376 §18.8.30, and the East Asian ones).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** What a format code makes of a number: a day/year part makes it a date. */
export function classifyFormat(code: string): NumberKind {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
  if (/[dy]/i.test(bare)) return 'date';
  if (bare.includes('%')) return 'percent';
  return 'general';
}

/** The kind of number each cell style index shows. */
export function readStyles(zip: ZipArchive): NumberKind[] {
  const entry = zip.find('xl/styles.xml');
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parseXml(zip.readText(entry, SMALL_PART), {
    open(name, attributes, selfClosing) {
      if (name === 'numFmt') custom.set(Number(attr(attributes, 'numFmtId')), attr(attributes, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(attr(attributes, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    if (code !== undefined) return classifyFormat(code);
    if (BUILTIN_DATES.has(id)) return 'date';
    return id === 9 || id === 10 ? 'percent' : 'general';
  });
}

/**
 * The shared strings, streamed: plain and rich-text items (runs joined), phonetic runs left out.
 * Their total size is bounded (LIMITS.sharedStringChars).
 */
export function readSharedStrings(zip: ZipArchive, file: string): SharedStrings {
  const entry = zip.find('xl/sharedStrings.xml');
  const out = new SharedStrings();
  if (!entry) return out;
  let total = 0;
  let current = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  const parser = xmlParser({
    open(name, _attributes, selfClosing) {
      if (name === 'si') {
        inItem = !selfClosing;
        current = '';
        if (selfClosing) out.add('');
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) inText = !selfClosing;
    },
    text(text) {
      if (!inText) return;
      current += text;
      total += text.length;
      if (total > LIMITS.sharedStringChars) throw limitError(file, 'sharedStringChars');
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        out.add(current);
        inItem = false;
      }
    },
  });
  const reader = zip.openBytes(entry, (bytes) => parser.writeBytes(bytes));
  while (reader.pump());
  parser.close();
  return out;
}
