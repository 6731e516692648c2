import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

describe('proper cohort', () => {
  const { proper } = freshDatabase({ today: null });

  const addPim4 = async () =>
    await proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'Diklat PIM Tingkat IV', '--number', 'XXII', '--year', '2018', '--organizer', 'Pusdiklat Kemnaker', '--start-date', '2018-07-02', '--end-date', '2018-10-26', '--json']);

  it('adds a cohort and prints it as JSON with the program code and the Roman number', async () => {
    const result = await addPim4();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({
      code: 'pim4-xxii-2018', program: 'pim4', number: 22, number_roman: 'XXII', year: 2018,
      organizer: 'Pusdiklat Kemnaker', start_date: '2018-07-02', end_date: '2018-10-26', place: null,
    });
  });

  it('refuses a second cohort with the same code with exit 5', async () => {
    await addPim4();
    const again = await addPim4();
    expect(again.code).toBe(5);
    expect(again.stderr).toContain('pim4-xxii-2018');
    expect(again.stdout).toBe('');
  });

  it('lists cohorts filtered by year and program, through the Indonesian alias', async () => {
    await addPim4();
    await proper(['angkatan', 'add', 'pkp-i-2024', '--program', 'PKP', '--number', '1', '--year', '2024']);
    const all = (await proper(['cohort', 'list', '--json'])).json<{ code: string }[]>();
    expect(all.map((c) => c.code)).toEqual(['pim4-xxii-2018', 'pkp-i-2024']);
    expect((await proper(['angkatan', 'list', '--year', '2024', '--json'])).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pkp-i-2024']);
    expect((await proper(['cohort', 'list', '--program', 'PIM IV', '--json'])).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pim4-xxii-2018']);
  });

  it('fails at once with exit 2 naming the flag when a required value is missing and there is no terminal', async () => {
    const result = await proper(['cohort', 'add', 'x', '--number', '1', '--year', '2024']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--program');
  });

  it('exits 4 for an unknown cohort, in English with --lang en', async () => {
    await proper(['init']);
    const result = await proper(['cohort', 'show', 'nope', '--lang', 'en']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/Cohort "nope" not found/);
  });

  it('exits 3 for an end date before the start date and writes nothing', async () => {
    const result = await proper(['cohort', 'add', 'x', '--program', 'pkp', '--number', '1', '--year', '2024', '--start-date', '2024-05-01', '--end-date', '2024-04-01']);
    expect(result.code).toBe(3);
    expect((await proper(['cohort', 'list', '--json'])).json()).toEqual([]);
  });

  it('edits a cohort and keeps the fields not named', async () => {
    await addPim4();
    const edited = (await proper(['cohort', 'edit', 'pim4-xxii-2018', '--place', 'Surabaya', '--json'])).json();
    expect(edited).toMatchObject({ place: 'Surabaya', organizer: 'Pusdiklat Kemnaker', number: 22 });
  });

  it('needs --yes to remove without a terminal', async () => {
    await addPim4();
    expect((await proper(['cohort', 'remove', 'pim4-xxii-2018'])).code).toBe(2);
    expect((await proper(['cohort', 'remove', 'pim4-xxii-2018', '--yes'])).code).toBe(0);
    expect((await proper(['cohort', 'show', 'pim4-xxii-2018'])).code).toBe(4);
  });

  it('rejects unknown options with exit 2', async () => {
    const result = await proper(['cohort', 'list', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bogus');
  });
});
