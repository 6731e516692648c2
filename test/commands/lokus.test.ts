import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

describe('proper lokus', () => {
  const { temp, proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2024-06-01' } });

  const addDpmptsp = async () =>
    (await proper([
      'lokus', 'add', 'sby-dpmptsp', '--name', 'DPM-PTSP Kota Surabaya', '--agency', 'Pemerintah Kota Surabaya', '--city', 'Surabaya',
      '--province', 'Jawa Timur', '--innovation', 'Surabaya Single Window', '--innovation', 'e-Kios', '--json',
    ]));

  it('adds a lokus with its innovations and prints it as JSON', async () => {
    const result = await addDpmptsp();
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({
      id: 1, code: 'sby-dpmptsp', name: 'DPM-PTSP Kota Surabaya', agency: 'Pemerintah Kota Surabaya', city: 'Surabaya',
      province: 'Jawa Timur', innovations: ['Surabaya Single Window', 'e-Kios'],
    });
  });

  it('refuses a second lokus with the same code with exit 5', async () => {
    await addDpmptsp();
    expect((await addDpmptsp()).code).toBe(5);
  });

  it('fails at once with exit 2 naming --name when it is missing', async () => {
    const result = await proper(['lokus', 'add', 'sby-dpmptsp']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--name');
  });

  it('rejects a code with spaces with exit 3', async () => {
    expect((await proper(['lokus', 'add', 'dpm ptsp', '--name', 'DPM-PTSP'])).code).toBe(3);
    expect((await proper(['lokus', 'list', '--json'])).json()).toEqual([]);
  });

  it('lists lokus filtered by city and province', async () => {
    await addDpmptsp();
    await proper(['lokus', 'add', 'mdn-dpmptsp', '--name', 'DPM-PTSP Kota Medan', '--city', 'Medan', '--province', 'Sumatera Utara']);
    expect((await proper(['lokus', 'list', '--json'])).json<{ code: string }[]>().map((l) => l.code)).toEqual(['sby-dpmptsp', 'mdn-dpmptsp']);
    expect((await proper(['lokus', 'list', '--province', 'Sumatera', '--json'])).json<{ code: string }[]>().map((l) => l.code)).toEqual(['mdn-dpmptsp']);
    expect((await proper(['lokus', 'list', '--city', 'Surabaya', '--json'])).json<{ code: string }[]>().map((l) => l.code)).toEqual(['sby-dpmptsp']);
  });

  it('shows a lokus by code or id with its visits and how many projects it inspired', async () => {
    await addDpmptsp();
    await proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', '22', '--year', '2018']);
    await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2018-08-15', '--group', '3']);
    await proper(['participant', 'add', '198203152008011004', '--cohort', 'pim4-xxii-2018', '--name', 'Budi Santoso']);
    const db = new Database(temp.db);
    db.prepare("INSERT INTO projects (enrolment_id, title, stage, stage_date, inspired_by_lokus_id) VALUES (1, 'Si-Surat', 'idea', '2018-08-20', 1)").run();
    db.close();
    const detail = await proper(['lokus', 'show', '1', '--json']);
    expect(detail.code).toBe(0);
    expect(detail.json()).toMatchObject({
      code: 'sby-dpmptsp',
      visits: [{ cohort: 'pim4-xxii-2018', date: '2018-08-15', groups: ['3'], companion: null }],
      inspired_projects: 1,
    });
    const human = await proper(['lokus', 'show', 'sby-dpmptsp']);
    expect(human.stdout).toContain('Rabu, 15 Agustus 2018');
  });

  it('exits 4 for an unknown lokus', async () => {
    await proper(['init']);
    const result = await proper(['lokus', 'show', 'nope', '--lang', 'en']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Lokus "nope" not found');
  });

  it('edits the innovations: replaces the list, adds and removes one', async () => {
    await addDpmptsp();
    expect((await proper(['lokus', 'edit', 'sby-dpmptsp', '--add-innovation', 'e-Wadul', '--json'])).json().innovations).toEqual([
      'Surabaya Single Window', 'e-Kios', 'e-Wadul',
    ]);
    expect((await proper(['lokus', 'edit', 'sby-dpmptsp', '--remove-innovation', 'e-Kios', '--json'])).json().innovations).toEqual([
      'Surabaya Single Window', 'e-Wadul',
    ]);
    const replaced = (await proper(['lokus', 'edit', '1', '--innovation', 'Sipadu', '--innovation', 'e-Health', '--city', 'Kota Surabaya', '--json'])).json();
    expect(replaced).toMatchObject({ city: 'Kota Surabaya', innovations: ['Sipadu', 'e-Health'], name: 'DPM-PTSP Kota Surabaya' });
    expect((await proper(['lokus', 'edit', 'sby-dpmptsp', '--remove-innovation', 'e-Kios'])).code).toBe(4);
  });

  it('refuses to remove a visited lokus with exit 5 unless --force, and needs --yes without a terminal', async () => {
    await addDpmptsp();
    await proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', '22', '--year', '2018']);
    await proper(['visit', 'add', '--cohort', 'pim4-xxii-2018', '--lokus', 'sby-dpmptsp', '--date', '2018-08-15']);
    expect((await proper(['lokus', 'remove', 'sby-dpmptsp'])).code).toBe(2);
    expect((await proper(['lokus', 'remove', 'sby-dpmptsp', '--yes'])).code).toBe(5);
    expect((await proper(['lokus', 'remove', 'sby-dpmptsp', '--yes', '--force'])).code).toBe(0);
    expect((await proper(['visit', 'list', '--json'])).json()).toEqual([]);
    expect((await proper(['lokus', 'show', 'sby-dpmptsp'])).code).toBe(4);
  });

  it('puts an example under --help', async () => {
    const result = await proper(['lokus', 'add', '--help']);
    expect(result.stdout).toContain('proper lokus add sby-dpmptsp');
  });
});
