import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

describe('proper visit', () => {
  const { proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2024-06-01' } });
  beforeEach(async () => {
    await proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', '22', '--year', '2018']);
    await proper(['cohort', 'add', 'pim4-xxiii-2018', '--program', 'pim4', '--number', '23', '--year', '2018']);
    await proper(['lokus', 'add', 'sby-dpmptsp', '--name', 'DPM-PTSP Kota Surabaya', '--city', 'Surabaya']);
    await proper(['lokus', 'add', 'sby-dukcapil', '--name', 'Dispendukcapil Kota Surabaya', '--city', 'Surabaya']);
  });

  const addVisit = async (...extra: string[]) =>
    await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '15 Agustus 2018', '--group', '3', '--group', '4', '--companion', 'Dra. Sri Wahyuni, M.Si.', '--json', ...extra]);

  it('records a visit with several groups and prints it as JSON with codes', async () => {
    const result = await addVisit();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({ id: 1, cohort: 'pim4-xxii-2018', lokus: 'sby-dpmptsp', date: '2018-08-15', groups: ['3', '4'], companion: 'Dra. Sri Wahyuni, M.Si.' });
  });

  it('records a visit through the Indonesian alias with the lokus id, and says what is next', async () => {
    const result = await proper(['kunjungan', 'add', '--cohort', 'pim4-xxiii-2018', '--lokus', '2', '--date', '16/08/2018', '--group', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kamis, 16 Agustus 2018');
    expect(result.stderr).toContain('Berikutnya:');
  });

  it('records a visit dated in the future as a planned one; rejects a date that does not exist with exit 3', async () => {
    const result = await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2030-01-10']);
    expect(result.code).toBe(0);
    expect((await proper(['visit', 'list', '--json'])).json()).toHaveLength(1);
    const invalid = await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2030-02-30']);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain('--date');
  });

  it('fails at once with exit 2 naming the missing flag', async () => {
    const result = await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--date', '2018-08-15']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lokus');
  });

  it('exits 4 for an unknown cohort or lokus', async () => {
    expect((await proper(['visit', 'add', '--cohort', 'nope', '--lokus', 'sby-dpmptsp', '--date', '2018-08-15'])).code).toBe(4);
    expect((await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'nope', '--date', '2018-08-15'])).code).toBe(4);
  });

  it('refuses the same cohort at the same lokus on the same day twice with exit 5', async () => {
    await addVisit();
    expect((await addVisit()).code).toBe(5);
  });

  it('lists visits filtered by cohort and by lokus', async () => {
    await addVisit();
    await proper(['visit', 'add', '--cohort', 'pim4-xxiii-2018', '--lokus', 'sby-dukcapil', '--date', '2018-08-15', '--group', '1']);
    expect((await proper(['visit', 'list', '--json'])).json<unknown[]>()).toHaveLength(2);
    expect((await proper(['visit', 'list', '--cohort', 'pim4-xxiii-2018', '--json'])).json<{ lokus: string }[]>().map((v) => v.lokus)).toEqual(['sby-dukcapil']);
    expect((await proper(['kunjungan', 'list', '--lokus', 'sby-dpmptsp', '--json'])).json<{ cohort: string }[]>().map((v) => v.cohort)).toEqual(['pim4-xxii-2018']);
  });

  it('removes a visit by id with --yes, and exits 4 for an unknown one', async () => {
    await addVisit();
    expect((await proper(['visit', 'remove', '1'])).code).toBe(2);
    expect((await proper(['visit', 'remove', '1', '--yes'])).code).toBe(0);
    expect((await proper(['visit', 'list', '--json'])).json()).toEqual([]);
    expect((await proper(['visit', 'remove', '1', '--yes'])).code).toBe(4);
    expect((await proper(['visit', 'remove', 'satu', '--yes'])).code).toBe(2);
  });
});
