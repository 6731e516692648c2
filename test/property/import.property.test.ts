import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { properWith, tempDb } from '../helpers/proper.js';

// Random bytes and malformed CSV through the built binary: a clean exit 2 or 3, never a stack
// trace, and the database exactly as it was.
describe('import of broken files', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: ReturnType<typeof properWith>;
  let before: string;
  let n = 0;
  beforeAll(() => {
    temp = tempDb();
    proper = properWith(temp.db, { PROPER_TODAY: '2024-06-30' });
    proper(['cohort', 'add', 'c', '--program', 'pkp', '--number', '1', '--year', '2024']);
    proper(['import', 'participants', path.resolve('test/fixtures/samples/peserta-workshop-inovasi-medan-2019.csv'), '--cohort', 'c']);
    before = proper(['participant', 'list', '--cohort', 'c', '--json']).stdout;
  });
  afterAll(() => temp.cleanup());

  const outcome = (data: Uint8Array | string): void => {
    const file = path.join(path.dirname(temp.db), `acak-${n++}.csv`);
    fs.writeFileSync(file, data);
    const result = proper(['import', 'participants', file, '--cohort', 'c']);
    expect([2, 3]).toContain(result.code);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  };

  it('never crashes on random bytes or malformed CSV, and leaves the database unchanged', () => {
    const piece = fc.constantFrom('"', '""', ',', ';', '\n', '\r\n', 'NIP', 'Nama', '1974', '198701282013061004', 'é', '\u0000', 'x');
    const malformed = fc.array(piece, { maxLength: 40 }).map((parts) => `NIP;Nama\n${parts.join('')}"`);
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), malformed), (data) => outcome(data)), { numRuns: 30 });
    expect(proper(['participant', 'list', '--cohort', 'c', '--json']).stdout).toBe(before);
  }, 120_000);
});
