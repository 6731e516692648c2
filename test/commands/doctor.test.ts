import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/migrate.js';
import { freshDatabase } from '../helpers/run.js';

describe('proper doctor', () => {
  const { temp, proper } = freshDatabase({ today: null });

  it('calls a fresh database healthy (exit 0) and prints {healthy, schema_version, path, problems, warnings}', async () => {
    expect((await proper(['init'])).code).toBe(0);
    const result = await proper(['doctor', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({ healthy: true, schema_version: SCHEMA_VERSION, path: temp.db, problems: [], warnings: [] });
    const human = await proper(['periksa', '--lang', 'en']);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain('The database is healthy.');
  });

  it('exits 3 for a file of random bytes, with no stack trace', async () => {
    writeFileSync(temp.db, Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 2654435761) & 0xff)));
    const result = await proper(['doctor', '--json']);
    expect(result.code).toBe(3);
    expect(result.json()).toMatchObject({ healthy: false, problems: [{ kind: 'not_a_database' }] });
    const human = await proper(['doctor', '--lang', 'en']);
    expect(human.code).toBe(3);
    expect(human.stdout).toContain('not_a_database');
    expect(human.stderr).toContain('1 problems found');
    expect(human.stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 2 when the database file does not exist, and does not create it', async () => {
    const result = await proper(['doctor']);
    expect(result.code).toBe(2);
    expect((await proper(['doctor'])).code).toBe(2);
  });
});
