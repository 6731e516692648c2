import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proper, properIn, tempDb } from '../helpers/run.js';

// Random bytes and malformed CSV through the whole program in-process: a clean exit 2 or 3, never
// a stack trace, and the database exactly as it was.
describe('import of broken files', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;
  let before: string;
  let n = 0;
  beforeAll(async () => {
    temp = tempDb();
    proper = properIn(temp.db, { today: '2024-06-30' });
    expect((await proper(['cohort', 'add', 'c', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    // The seed import must itself succeed: "unchanged" means something only over real rows.
    const seed = await proper(['import', 'participants', path.resolve('test/fixtures/samples/peserta-workshop-inovasi-medan-2019.csv'), '--cohort', 'c', '--json']);
    expect(seed.code, seed.stderr).toBe(0);
    before = (await proper(['participant', 'list', '--cohort', 'c', '--json'])).stdout;
    expect(JSON.parse(before).length).toBeGreaterThan(0);
  });
  afterAll(() => temp.cleanup());

  const outcome = async (data: Uint8Array | string): Promise<void> => {
    const file = path.join(path.dirname(temp.db), `acak-${n++}.csv`);
    fs.writeFileSync(file, data);
    const result = await proper(['import', 'participants', file, '--cohort', 'c']);
    expect([2, 3]).toContain(result.code);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  };

  it('never crashes on random bytes or malformed CSV, and leaves the database unchanged', async () => {
    const piece = fc.constantFrom('"', '""', ',', ';', '\n', '\r\n', 'NIP', 'Nama', '1974', '198701282013061004', 'é', '\u0000', 'x');
    // The pieces can happen to spell a valid row (an NIP and a name ending in a quote, kept as typed),
    // so a last row that is never valid keeps every generated file one that must change nothing.
    const malformed = fc.array(piece, { maxLength: 40 }).map((parts) => `NIP;Nama\n${parts.join('')}"\nbukan-nip;x`);
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), malformed), (data) => outcome(data)), { numRuns: 100 });
    expect((await proper(['participant', 'list', '--cohort', 'c', '--json'])).stdout).toBe(before);
  }, 120_000);
});
