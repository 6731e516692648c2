// The ZIP reader hands out an entry's inflated bytes a bounded piece at a time, however well the
// entry compresses: a repeated-cells sheet inflates some 250 to 1, and a reader that inflated a
// whole compressed chunk at once held tens of megabytes of XML (and the rows made of it) at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../../src/import/zip.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-zip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('ZipArchive.openBytes', () => {
  it('gives at most 256 KiB per pump from a 1000-to-1 entry, and every byte in order', () => {
    const data = Buffer.alloc(12 * 1024 * 1024, 'a');
    data.write('the end', data.length - 7);
    const file = path.join(dir, 'bomb.zip');
    fs.writeFileSync(file, zipSync({ 'xl/worksheets/sheet1.xml': data }, { level: 9 }));
    expect(fs.statSync(file).size).toBeLessThan(64 * 1024);
    const zip = new ZipArchive(file);
    try {
      const pieces: Buffer[] = [];
      let largest = 0;
      let got = 0;
      const reader = zip.openBytes(zip.find('xl/worksheets/sheet1.xml')!, (bytes) => {
        got += bytes.length;
        pieces.push(Buffer.from(bytes));
      });
      let pumps = 0;
      for (let more = true; more; pumps++) {
        const before = got;
        more = reader.pump();
        largest = Math.max(largest, got - before);
      }
      expect(largest).toBeLessThanOrEqual(256 * 1024);
      expect(pumps).toBeGreaterThan(40);
      expect(Buffer.concat(pieces).equals(data)).toBe(true);
    } finally {
      zip.close();
    }
  });
});
