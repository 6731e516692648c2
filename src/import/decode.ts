// Bytes → text. Officers' files arrive as UTF-8 (with or without the BOM Excel writes), UTF-16
// with a BOM (Excel's "Unicode Text"), or Windows-1252 (Excel's plain "CSV" on an Indonesian or
// English Windows). A BOM decides; otherwise text that is valid UTF-8 is UTF-8 and anything else is
// Windows-1252, whose byte 0x92 is the typographic apostrophe in names like Ma’ruf.
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InvalidDataError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many bytes are read before the encoding is decided. */
export const SAMPLE_BYTES = 64 * 1024;

export function detectEncoding(sample: Uint8Array): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  return isUtf8Prefix(sample) ? 'utf-8' : 'windows-1252';
}

/** UTF-16 saved without a BOM shows as a NUL byte beside nearly every ASCII character. */
function utf16WithoutBom(sample: Uint8Array): Encoding | undefined {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Valid UTF-8, allowing the sample to end in the middle of a character. */
function isUtf8Prefix(sample: Uint8Array): boolean {
  let end = sample.length;
  // Step back over at most three continuation bytes to the last lead byte.
  for (let back = 1; back <= 4 && end - back >= 0; back++) {
    const b = sample[end - back] ?? 0;
    if (b < 0x80) break;
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (needed > back) end -= back;
      break;
    }
  }
  return isUtf8(sample.subarray(0, end));
}

/**
 * Decodes a stream chunk by chunk. UTF-8 is decoded strictly; while everything so far was ASCII a
 * later invalid byte switches the rest of the file to Windows-1252 (nothing decoded differs), and
 * after real UTF-8 it means the file mixes encodings, which is reported rather than guessed.
 */
export class StreamDecoder {
  private utf8: InstanceType<typeof TextDecoder> | undefined;
  private iconvDecoder: ReturnType<typeof iconv.getDecoder> | undefined;
  private asciiSoFar = true;

  constructor(
    private current: Encoding,
    private readonly file = '',
  ) {
    if (current === 'utf-8' || current === 'utf-8-bom') this.utf8 = new TextDecoder('utf-8', { fatal: true });
    else this.iconvDecoder = iconv.getDecoder(iconvName(current));
  }

  /** The encoding in use; it can change once from utf-8 to windows-1252 (see the class comment). */
  get encoding(): Encoding {
    return this.current;
  }

  write(bytes: Uint8Array): string {
    if (this.utf8) {
      try {
        const text = this.utf8.decode(bytes, { stream: true });
        if (this.asciiSoFar && !isAscii(bytes)) this.asciiSoFar = false;
        return text;
      } catch {
        if (!this.asciiSoFar) throw new InvalidDataError('import.error.mixedEncoding', { file: this.file });
        this.utf8 = undefined;
        this.current = 'windows-1252';
        this.iconvDecoder = iconv.getDecoder(iconvName('windows-1252'));
      }
    }
    return this.iconvDecoder?.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ?? '';
  }

  end(): string {
    if (this.utf8) {
      try {
        return this.utf8.decode();
      } catch {
        throw new InvalidDataError('import.error.mixedEncoding', { file: this.file });
      }
    }
    return this.iconvDecoder?.end() ?? '';
  }
}

function iconvName(encoding: Encoding): string {
  switch (encoding) {
    case 'utf-16le':
      return 'utf-16le';
    case 'utf-16be':
      return 'utf-16be';
    case 'windows-1252':
      return 'windows-1252';
    default:
      return 'utf-8';
  }
}

/** Decodes a whole buffer (tests and small inputs). The BOM is removed. */
export function decodeBytes(bytes: Uint8Array, file = ''): { text: string; encoding: Encoding } {
  const decoder = new StreamDecoder(detectEncoding(bytes.subarray(0, SAMPLE_BYTES)), file);
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding };
}

export interface DecodedStream {
  /** Final once `text` has been read to the end (see StreamDecoder). */
  readonly encoding: Encoding;
  readonly text: AsyncIterable<string>;
}

/** Reads the first SAMPLE_BYTES to decide the encoding, then decodes the stream as it comes. */
export async function decodeStream(chunks: AsyncIterable<Uint8Array>, file = ''): Promise<DecodedStream> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  const sample = Buffer.concat(head);
  const decoder = new StreamDecoder(detectEncoding(sample.subarray(0, SAMPLE_BYTES)), file);
  async function* text(): AsyncGenerator<string> {
    try {
      if (sample.length > 0) yield decoder.write(sample);
      while (!done) {
        const next = await iterator.next();
        if (next.done) break;
        yield decoder.write(next.value);
      }
      const rest = decoder.end();
      if (rest !== '') yield rest;
    } finally {
      await iterator.return?.();
    }
  }
  return {
    get encoding() {
      return decoder.encoding;
    },
    text: text(),
  };
}
