import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ProperError } from '../../../src/errors.js';
import { openImportSource, type OpenImportOptions } from '../../../src/import/source.js';
import { readAll } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-fuzz-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** Opens and reads the whole file; resolves to the error thrown, if any. */
async function importOutcome(name: string, data: Uint8Array | string, options: OpenImportOptions): Promise<unknown> {
  const file = path.join(tmp, `${n++}-${name}`);
  fs.writeFileSync(file, data);
  try {
    await readAll(await openImportSource(file, options));
    return undefined;
  } catch (err) {
    return err;
  }
}

const onlyProperErrors = (outcome: unknown): void => {
  if (outcome !== undefined) expect(outcome).toBeInstanceOf(ProperError);
};

describe('bad input never crashes the import', () => {
  it('random bytes as CSV give records or a ProperError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom<OpenImportOptions['kind']>('participants', 'projects'), async (bytes, kind) => {
        onlyProperErrors(await importOutcome('acak.csv', bytes, { kind }));
      }),
      { numRuns: 150 },
    );
  });

  it('random malformed CSV around a valid header gives records or a ProperError', async () => {
    const piece = fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', '\r', 'NIP', 'Nama', '1974', ' ', 'é', '’', '\uFEFF', '\u0000');
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), async (before, after, headerRow) => {
        onlyProperErrors(await importOutcome('rusak.csv', `${before}NIP;Nama\n${after}`, { kind: 'participants', headerRow }));
      }),
      { numRuns: 200 },
    );
  });

  it('random bytes as .xlsx give a ProperError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        onlyProperErrors(await importOutcome('acak.xlsx', bytes, { kind: 'participants' }));
      }),
      { numRuns: 30 },
    );
  });

  it('random --map values give a mapping or a usage error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }), async (map) => {
        const outcome = await importOutcome('map.csv', 'NIP,Nama\n198503142010011001,Rizky\n', { kind: 'participants', map });
        if (outcome !== undefined) expect(outcome).toMatchObject({ exitCode: expect.any(Number) as number });
        onlyProperErrors(outcome);
      }),
      { numRuns: 100 },
    );
  });
});
