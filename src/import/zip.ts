// A small synchronous reader of ZIP archives (the container of .xlsx and .ods), enough to stream one
// entry's text without holding it whole: the central directory is read once, and an entry is
// inflated 64 KiB of compressed bytes at a time, handed out at most 256 KiB per pump (a repeated-
// cells sheet peaked the import at 194 MB when a whole chunk's output came at once; 115 MB now).
// Synchronous: the import reads rows batch by batch inside its transaction, and only between
// batches gives the event loop a turn (src/import/turns.ts). ZIP64 and encrypted entries are refused.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

/** The archive cannot be read as a ZIP; `reason` is a short English phrase for the message. */
export class ZipError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ZipError';
  }

  static of(reason: string): ZipError {
    return new ZipError(reason);
  }
}

const zipError = ZipError.of;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CHUNK = 64 * 1024;

/**
 * Inflates one entry: feed() hands it the next compressed chunk, then step() is called until it
 * returns false; each step gives at most one output buffer (OUT_SIZE) to onData, so that a chunk
 * of highly compressed XML (a repeated-cells sheet inflates 250 to 1) is read a little at a time.
 */
interface Inflater {
  feed(chunk: Uint8Array, final: boolean): void;
  step(): boolean;
  end(): void;
}

/**
 * Synchronous streaming inflate. Node's zlib has no public synchronous streaming API (its *Sync
 * functions close the stream after one call), so the native inflater is driven the way those
 * functions drive it — its handle's writeSync() and the two-number write state — chunk after chunk
 * on one stream; fflate's pure-JS Inflate is the fallback should a Node release change that shape.
 * Measured on the 200,000-empty-row sheet (37 MB of XML), side by side on the same loaded machine:
 * native 0.8–1.2 s, fflate 2.2–3.2 s (64 KiB pushes; fflate's cost per push grows sharply below
 * that: 4 KiB pushes took 4–5 s).
 */
function inflater(onData: (data: Uint8Array) => void): Inflater {
  return nativeInflater(onData) ?? fflateInflater(onData);
}

interface NativeHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number): void;
}
type NativeInflate = zlib.InflateRaw & { _handle?: NativeHandle | null; _writeState?: Uint32Array; destroyed: boolean };

const OUT_SIZE = 256 * 1024;

function nativeInflater(onData: (data: Uint8Array) => void): Inflater | undefined {
  const stream = zlib.createInflateRaw() as NativeInflate;
  const handle = stream._handle;
  const state = stream._writeState;
  if (!handle || typeof handle.writeSync !== 'function' || !state || state.length < 2) {
    stream.close();
    return undefined;
  }
  // Errors reach the stream as an 'error' event on a later tick; destroyed is set at once.
  stream.on('error', () => undefined);
  const out = Buffer.allocUnsafe(OUT_SIZE);
  let input: Uint8Array = new Uint8Array(0);
  let inOff = 0;
  let inLen = 0;
  let flush: number = zlib.constants.Z_SYNC_FLUSH;
  let more = false;
  return {
    feed(chunk, final) {
      input = chunk;
      inOff = 0;
      inLen = chunk.length;
      flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      more = true;
    },
    step() {
      if (!more) return false;
      handle.writeSync(flush, input, inOff, inLen, out, 0, OUT_SIZE);
      if (stream.destroyed) throw ZipError.of('damaged deflate data');
      const outLeft = state[0]!;
      const inLeft = state[1]!;
      inOff += inLen - inLeft;
      inLen = inLeft;
      // A full output buffer means more may follow from the same input.
      more = outLeft === 0;
      if (outLeft < OUT_SIZE) onData(out.subarray(0, OUT_SIZE - outLeft));
      return more;
    },
    end: () => stream.close(),
  };
}

function fflateInflater(onData: (data: Uint8Array) => void): Inflater {
  const js = new Inflate((data) => onData(data));
  return { feed: (chunk, final) => js.push(chunk, final), step: () => false, end: () => undefined };
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private fd: number | undefined;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'r');
    try {
      this.readDirectory(fs.fstatSync(this.fd).size);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** The entry by name, ignoring case and a leading slash (writers differ). */
  find(name: string): ZipEntry | undefined {
    const wanted = name.replace(/^\//, '');
    const exact = this.entries.get(wanted);
    if (exact) return exact;
    const folded = wanted.toLowerCase();
    for (const [key, entry] of this.entries) if (key.toLowerCase() === folded) return entry;
    return undefined;
  }

  /**
   * Streams an entry as text: `onText` receives decoded pieces in order; `pump()` of the returned
   * reader processes one compressed chunk and returns false once the entry is done.
   */
  open(entry: ZipEntry, onText: (text: string) => void): { pump(): boolean } {
    const decoder = new TextDecoder('utf-8');
    return this.openBytes(entry, (bytes, final) => {
      if (bytes.length > 0) onText(decoder.decode(bytes, { stream: true }));
      if (final) {
        const rest = decoder.decode();
        if (rest !== '') onText(rest);
      }
    });
  }

  /** Streams an entry's bytes, inflated; `final` is true on the last call. */
  openBytes(entry: ZipEntry, onBytes: (bytes: Uint8Array, final: boolean) => void): { pump(): boolean } {
    if (entry.encrypted) throw zipError('encrypted entry');
    if (entry.method !== 0 && entry.method !== 8) throw zipError(`compression method ${entry.method}`);
    const header = this.read(entry.localOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw zipError('bad local header');
    let position = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const end = position + entry.compressedSize;
    const inflate = entry.method === 8 ? inflater((data) => onBytes(data, false)) : undefined;
    let done = false;
    let stepping = false;
    let final = false;
    const damaged = (error: unknown): unknown =>
      error instanceof ZipError || !(error instanceof Error) || !('code' in error) ? error : zipError(`damaged data in ${entry.name}`);
    return {
      pump: () => {
        if (done) return false;
        try {
          // The output of the chunk fed last, one buffer at a time, before the next chunk is read.
          if (stepping && inflate) {
            stepping = inflate.step();
            if (stepping || !final) return true;
          } else {
            const n = Math.min(CHUNK, end - position);
            const chunk = n > 0 ? this.read(position, n) : Buffer.alloc(0);
            position += n;
            final = position >= end;
            if (inflate) {
              inflate.feed(chunk, final);
              stepping = inflate.step();
              if (stepping) return true;
            } else onBytes(chunk, false);
          }
        } catch (error) {
          throw damaged(error);
        }
        if (final) {
          inflate?.end();
          onBytes(new Uint8Array(0), true);
          done = true;
        }
        return !done;
      },
    };
  }

  /** An entry's whole text; only for small parts (workbook.xml, relationships, styles). */
  readText(entry: ZipEntry, limit: number): string {
    if (entry.size > limit) throw zipError(`${entry.name} is larger than ${limit} bytes`);
    let text = '';
    const reader = this.open(entry, (piece) => {
      text += piece;
      if (text.length > limit) throw zipError(`${entry.name} is larger than ${limit} bytes`);
    });
    while (reader.pump());
    return text;
  }

  close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    fs.closeSync(fd);
  }

  private read(position: number, length: number): Buffer {
    if (this.fd === undefined) throw zipError('closed');
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const n = fs.readSync(this.fd, buffer, filled, length - filled, position + filled);
      if (n === 0) throw zipError('truncated file');
      filled += n;
    }
    return buffer;
  }

  private readDirectory(size: number): void {
    if (size < 22) throw zipError('not a ZIP archive');
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = this.read(size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd === -1) throw zipError('not a ZIP archive');
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) throw zipError('ZIP64 archive');
    if (dirOffset + dirSize > size) throw zipError('truncated file');
    const dir = this.read(dirOffset, dirSize);
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw zipError('damaged central directory');
      const flags = dir.readUInt16LE(p + 8);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/').replace(/^\//, '');
      this.entries.set(name, {
        name,
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        localOffset: dir.readUInt32LE(p + 42),
        encrypted: (flags & 1) === 1,
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }
}
