import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../helpers/proper.js';

describe('proper visit', () => {
  const { proper } = freshDatabaseEachTest({ PROPER_TODAY: '2024-06-01' });
  beforeEach(() => {
    proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', '22', '--year', '2018']);
    proper(['cohort', 'add', 'pim4-xxiii-2018', '--program', 'pim4', '--number', '23', '--year', '2018']);
    proper(['lokus', 'add', 'sby-dpmptsp', '--name', 'DPM-PTSP Kota Surabaya', '--city', 'Surabaya']);
    proper(['lokus', 'add', 'sby-dukcapil', '--name', 'Dispendukcapil Kota Surabaya', '--city', 'Surabaya']);
  });

  const addVisit = (...extra: string[]) =>
    proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '15 Agustus 2018', '--group', '3', '--group', '4', '--companion', 'Dra. Sri Wahyuni, M.Si.', '--json', ...extra]);

  it('records a visit with several groups and prints it as JSON with codes', () => {
    const result = addVisit();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({ id: 1, cohort: 'pim4-xxii-2018', lokus: 'sby-dpmptsp', date: '2018-08-15', groups: ['3', '4'], companion: 'Dra. Sri Wahyuni, M.Si.' });
  });

  it('records a visit through the Indonesian alias with the lokus id, and says what is next', () => {
    const result = proper(['kunjungan', 'add', '--cohort', 'pim4-xxiii-2018', '--lokus', '2', '--date', '16/08/2018', '--group', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kamis, 16 Agustus 2018');
    expect(result.stderr).toContain('Berikutnya:');
  });

  it('rejects a visit dated in the future with exit 3 and writes nothing', () => {
    const result = proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2030-01-10']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--date');
    expect(proper(['visit', 'list', '--json']).json()).toEqual([]);
  });

  it('fails at once with exit 2 naming the missing flag', () => {
    const result = proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--date', '2018-08-15']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lokus');
  });

  it('exits 4 for an unknown cohort or lokus', () => {
    expect(proper(['visit', 'add', '--cohort', 'nope', '--lokus', 'sby-dpmptsp', '--date', '2018-08-15']).code).toBe(4);
    expect(proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'nope', '--date', '2018-08-15']).code).toBe(4);
  });

  it('refuses the same cohort at the same lokus on the same day twice with exit 5', () => {
    addVisit();
    expect(addVisit().code).toBe(5);
  });

  it('lists visits filtered by cohort and by lokus', () => {
    addVisit();
    proper(['visit', 'add', '--cohort', 'pim4-xxiii-2018', '--lokus', 'sby-dukcapil', '--date', '2018-08-15', '--group', '1']);
    expect(proper(['visit', 'list', '--json']).json<unknown[]>()).toHaveLength(2);
    expect(proper(['visit', 'list', '--cohort', 'pim4-xxiii-2018', '--json']).json<{ lokus: string }[]>().map((v) => v.lokus)).toEqual(['sby-dukcapil']);
    expect(proper(['kunjungan', 'list', '--lokus', 'sby-dpmptsp', '--json']).json<{ cohort: string }[]>().map((v) => v.cohort)).toEqual(['pim4-xxii-2018']);
  });

  it('removes a visit by id with --yes, and exits 4 for an unknown one', () => {
    addVisit();
    expect(proper(['visit', 'remove', '1']).code).toBe(2);
    expect(proper(['visit', 'remove', '1', '--yes']).code).toBe(0);
    expect(proper(['visit', 'list', '--json']).json()).toEqual([]);
    expect(proper(['visit', 'remove', '1', '--yes']).code).toBe(4);
    expect(proper(['visit', 'remove', 'satu', '--yes']).code).toBe(2);
  });
});
