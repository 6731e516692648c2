import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../helpers/proper.js';

describe('proper cohort', () => {
  const { proper } = freshDatabaseEachTest();

  const addPim4 = () =>
    proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'Diklat PIM Tingkat IV', '--number', 'XXII', '--year', '2018', '--organizer', 'Pusdiklat Kemnaker', '--start-date', '2018-07-02', '--end-date', '2018-10-26', '--json']);

  it('adds a cohort and prints it as JSON with the program code and the Roman number', () => {
    const result = addPim4();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({
      code: 'pim4-xxii-2018', program: 'pim4', number: 22, number_roman: 'XXII', year: 2018,
      organizer: 'Pusdiklat Kemnaker', start_date: '2018-07-02', end_date: '2018-10-26', place: null,
    });
  });

  it('refuses a second cohort with the same code with exit 5', () => {
    addPim4();
    const again = addPim4();
    expect(again.code).toBe(5);
    expect(again.stderr).toContain('pim4-xxii-2018');
    expect(again.stdout).toBe('');
  });

  it('lists cohorts filtered by year and program, through the Indonesian alias', () => {
    addPim4();
    proper(['angkatan', 'add', 'pkp-i-2024', '--program', 'PKP', '--number', '1', '--year', '2024']);
    const all = proper(['cohort', 'list', '--json']).json<{ code: string }[]>();
    expect(all.map((c) => c.code)).toEqual(['pim4-xxii-2018', 'pkp-i-2024']);
    expect(proper(['angkatan', 'list', '--year', '2024', '--json']).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pkp-i-2024']);
    expect(proper(['cohort', 'list', '--program', 'PIM IV', '--json']).json<{ code: string }[]>().map((c) => c.code)).toEqual(['pim4-xxii-2018']);
  });

  it('fails at once with exit 2 naming the flag when a required value is missing and there is no terminal', () => {
    const result = proper(['cohort', 'add', 'x', '--number', '1', '--year', '2024']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--program');
  });

  it('exits 4 for an unknown cohort, in English with --lang en', () => {
    proper(['init']);
    const result = proper(['cohort', 'show', 'nope', '--lang', 'en']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/Cohort "nope" not found/);
  });

  it('exits 3 for an end date before the start date and writes nothing', () => {
    const result = proper(['cohort', 'add', 'x', '--program', 'pkp', '--number', '1', '--year', '2024', '--start-date', '2024-05-01', '--end-date', '2024-04-01']);
    expect(result.code).toBe(3);
    expect(proper(['cohort', 'list', '--json']).json()).toEqual([]);
  });

  it('edits a cohort and keeps the fields not named', () => {
    addPim4();
    const edited = proper(['cohort', 'edit', 'pim4-xxii-2018', '--place', 'Surabaya', '--json']).json();
    expect(edited).toMatchObject({ place: 'Surabaya', organizer: 'Pusdiklat Kemnaker', number: 22 });
  });

  it('needs --yes to remove without a terminal', () => {
    addPim4();
    expect(proper(['cohort', 'remove', 'pim4-xxii-2018']).code).toBe(2);
    expect(proper(['cohort', 'remove', 'pim4-xxii-2018', '--yes']).code).toBe(0);
    expect(proper(['cohort', 'show', 'pim4-xxii-2018']).code).toBe(4);
  });

  it('rejects unknown options with exit 2', () => {
    const result = proper(['cohort', 'list', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bogus');
  });
});
