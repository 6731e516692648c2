import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeStream, detectEncoding, StreamDecoder } from '../../../src/import/decode.js';
import { InvalidDataError } from '../../../src/errors.js';
import { chunksOf, fixture, sample } from './helpers.js';

async function readStream(chunks: Uint8Array[]): Promise<{ text: string; encoding: string }> {
  const decoded = await decodeStream(chunksOf(chunks));
  let text = '';
  for await (const part of decoded.text) text += part;
  return { text, encoding: decoded.encoding };
}

describe('decoding', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(Buffer.from('nama\nMa’ruf\n'))).toEqual({ text: 'nama\nMa’ruf\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const { text, encoding } = decodeBytes(fs.readFileSync(sample('peserta-pkp-xxii-medan.csv')));
    expect(encoding).toBe('utf-8-bom');
    expect(text.startsWith('DAFTAR PESERTA')).toBe(true);
  });

  it('detects Windows-1252 and turns byte 0x92 into a typographic apostrophe', () => {
    const { text, encoding } = decodeBytes(fs.readFileSync(sample('peserta-pim4-xxii-kemnaker-cp1252.csv')));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Muh. Ma\u2019ruf Hidayat, S.Sos.');
    expect(text).toContain('Nur\u2019aini Lubis, S.E.');
  });

  it('reads UTF-16LE with a BOM', () => {
    const { text, encoding } = decodeBytes(fs.readFileSync(fixture('peserta-utf16le-tab.txt')));
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('NIP\tNama\tL/P')).toBe(true);
    expect(text).toContain('Nur’aini Batubara');
  });

  it('reads UTF-16BE with a BOM', () => {
    const { text, encoding } = decodeBytes(fs.readFileSync(fixture('peserta-utf16be-tab.txt')));
    expect(encoding).toBe('utf-16be');
    expect(text.startsWith('NIP\tNama')).toBe(true);
  });

  it('recognises UTF-16LE saved without a BOM', () => {
    expect(detectEncoding(iconv.encode('NIP,Nama\n1,Budi\n', 'utf-16le'))).toBe('utf-16le');
  });

  it('does not mistake UTF-8 cut in the middle of a character for Windows-1252', () => {
    const bytes = Buffer.from('Ma’ruf');
    expect(detectEncoding(bytes.subarray(0, 4))).toBe('utf-8');
  });

  it('decodes a stream split inside multi-byte characters', async () => {
    const bytes = fs.readFileSync(fixture('peserta-utf16le-tab.txt'));
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 7), bytes.subarray(7)];
    const whole = decodeBytes(bytes).text;
    expect(await readStream(chunks)).toEqual({ text: whole, encoding: 'utf-16le' });
    const utf8 = Buffer.from('Nur’aini Ma’ruf ’’’');
    const parts = Array.from({ length: utf8.length }, (_, i) => utf8.subarray(i, i + 1));
    expect((await readStream(parts)).text).toBe('Nur’aini Ma’ruf ’’’');
  });

  it('switches to Windows-1252 when the first non-ASCII byte comes after the sample', () => {
    const decoder = new StreamDecoder(detectEncoding(Buffer.from('nip,nama\n')));
    let text = decoder.write(Buffer.from('nip,nama\n'));
    text += decoder.write(Buffer.from([0x4d, 0x61, 0x92, 0x72, 0x75, 0x66, 0x0a]));
    text += decoder.end();
    expect(text).toBe('nip,nama\nMa’ruf\n');
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('reports a file that mixes UTF-8 and Windows-1252', () => {
    const decoder = new StreamDecoder('utf-8', 'campur.csv');
    decoder.write(Buffer.from('Ma’ruf\n'));
    expect(() => decoder.write(Buffer.from([0x92, 0x0a]))).toThrow(InvalidDataError);
  });
});
