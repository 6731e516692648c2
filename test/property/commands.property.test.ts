// Bad input never crashes (SPEC §10): random and malformed NIPs, dates, stage names, scores and
// cohort codes, given to the whole program in-process exactly as a user would type them (the
// argv a shell passes), always end with an exit code of SPEC §5, a message without a stack trace
// and, when refused, an unchanged database. In-process, so that many more cases fit in the time
// one spawned process per case took.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proper, properIn, tempDb } from '../helpers/run.js';

const CLEAN_EXITS = [0, 2, 3, 4, 5];
const NUM_RUNS = 100;
const defaults = { today: '2024-12-31', env: { PROPER_LANG: 'en' } };

/** Typed text: any Unicode, but no NUL (a command line cannot carry one). */
const typed = (maxLength = 40) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => !s.includes('\0'));
const nip = fc.oneof(
  typed(),
  fc.stringMatching(/^[0-9 .]{0,24}$/),
  // Near misses of a valid NIP: one digit changed.
  fc.tuple(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 9 })).map(([i, d]) => {
    const base = '197805122005011002';
    return base.slice(0, i) + String(d) + base.slice(i + 1);
  }),
);
const date = fc.oneof(
  typed(20),
  fc.stringMatching(/^\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}$/),
  fc.date({ min: new Date('1800-01-01'), max: new Date('2300-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const stage = fc.oneof(typed(15), fc.constantFrom('idea', 'ide', 'design', 'rancangan', 'implementation', 'presentasi', 'adoption', 'adopsi', 'dropped', 'batal', 'IDE', ' adopsi '));
const score = fc.oneof(typed(10), fc.double().map(String), fc.integer({ min: -500, max: 500 }).map(String), fc.constantFrom('85,5', '100', '100.01', '-0', '1e2', ''));
const code = fc.oneof(typed(80), fc.stringMatching(/^[a-z0-9._-]{0,70}$/));

describe('random input to the commands', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: Proper;
  let runs = 0;

  beforeAll(async () => {
    temp = tempDb();
    proper = properIn(temp.db, defaults);
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    expect((await proper(['participant', 'add', '197805122005011002', '--name', 'Budi', '--cohort', 'pkp-i-2024'])).code).toBe(0);
    const project = await proper(['project', 'add', '--nip', '197805122005011002', '--cohort', 'pkp-i-2024', '--title', 'Antrean daring', '--date', '2024-01-10', '--json']);
    expect(project.code, project.stderr).toBe(0);
    expect(project.json().id).toBe(1);
  });
  afterAll(() => {
    console.info(`fuzz cases run in-process: ${runs}`);
    temp.cleanup();
  });

  /** The database as bytes: main file and WAL (a closed database has its WAL checkpointed away). */
  const state = () => Buffer.concat([readFileSync(temp.db), existsSync(`${temp.db}-wal`) ? readFileSync(`${temp.db}-wal`) : Buffer.alloc(0)]);

  async function check(args: string[]): Promise<void> {
    const before = state();
    const result = await proper(args);
    runs++;
    const where = `proper ${JSON.stringify(args)} → ${result.code}\n${result.stderr}`;
    expect(CLEAN_EXITS, where).toContain(result.code);
    expect(`${result.stdout}\n${result.stderr}`, where).not.toMatch(/^ {4}at /m);
    if (result.code !== 0) {
      expect(result.stderr.trim().length, where).toBeGreaterThan(0);
      expect(state().equals(before), `${where}: the database changed`).toBe(true);
    }
  }

  const options = { numRuns: NUM_RUNS, endOnFailure: true };

  it('cohort add', async () => {
    await fc.assert(
      fc.asyncProperty(code, typed(12), fc.oneof(typed(8), fc.integer().map(String)), fc.oneof(typed(6), fc.integer({ min: 1800, max: 2300 }).map(String)), date, async (c, program, number, year, start) => {
        await check(['cohort', 'add', c, '--program', program, '--number', number, '--year', year, '--start-date', start]);
      }),
      options,
    );
  }, 60_000);

  it('participant add', async () => {
    await fc.assert(
      fc.asyncProperty(nip, typed(), date, fc.constantFrom('L', 'P', 'x', 'female', ''), fc.oneof(code, fc.constant('pkp-i-2024')), async (n, name, birth, gender, cohort) => {
        await check(['participant', 'add', n, '--name', name, '--birth-date', birth, '--gender', gender, '--cohort', cohort]);
      }),
      options,
    );
  }, 60_000);

  it('project add, advance and move', async () => {
    await fc.assert(
      fc.asyncProperty(nip, code, date, async (n, cohort, d) => {
        await check(['project', 'add', '--nip', n, '--cohort', cohort, '--title', 'Judul', '--date', d]);
      }),
      options,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant('1'), typed(6), nip), date, score, async (id, d, s) => {
        await check(['project', 'advance', id, '--date', d, '--score', s]);
      }),
      options,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant('1'), typed(6)), stage, date, typed(20), score, async (id, to, d, reason, s) => {
        await check(['project', 'move', id, '--to', to, '--date', d, '--reason', reason, '--score', s]);
      }),
      options,
    );
  }, 120_000);
});
