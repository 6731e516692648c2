import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

const NIP = '198203152008011004';

describe('proper milestone', () => {
  const { temp, proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2020-01-15' } });
  beforeEach(async () => {
    await proper(['cohort', 'add', 'pkp-i-2019', '--program', 'pkp', '--number', '1', '--year', '2019']);
    const db = new Database(temp.db);
    db.prepare("INSERT INTO people (nip, name) VALUES (?, 'Budi Santoso')").run(NIP);
    db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES (1, 1)').run();
    db.close();
    expect((await proper(['project', 'add', '--nip', NIP, '--cohort', 'pkp-i-2019', '--title', 'Si-Surat', '--date', '2019-03-01'])).code).toBe(0);
  });

  it('adds a milestone with an Indonesian horizon, pending until rated', async () => {
    const added = await proper(['milestone', 'add', '1', '--horizon', 'jangka pendek', '--description', 'SK tim Si-Surat', '--target-date', '2019-04-30', '--json']);
    expect(added.code).toBe(0);
    expect(added.json()).toEqual({ id: 1, project_id: 1, horizon: 'short', description: 'SK tim Si-Surat', target_date: '2019-04-30', rating: 'pending', evidence: null });
    const human = await proper(['milestone', 'add', '1', '--horizon', 'menengah', '--description', 'Perwali Si-Surat']);
    expect(human.stderr).toContain('Berikutnya: proper milestone rate 2');
  });

  it('rates a milestone in Indonesian and lists the project\'s milestones, also by NIP and cohort', async () => {
    await proper(['milestone', 'add', '1', '--horizon', 'panjang', '--description', 'Perwali Si-Surat', '--target-date', '2020-12-31']);
    await proper(['milestone', 'add', '1', '--horizon', 'short', '--description', 'SK tim', '--target-date', '2019-04-30']);
    const rated = await proper(['milestone', 'rate', '1', '--rating', 'melampaui', '--evidence', 'Perwali No. 12/2019', '--json']);
    expect(rated.json()).toMatchObject({ rating: 'exceeded', evidence: 'Perwali No. 12/2019' });
    const list = (await proper(['milestone', 'list', NIP, '--cohort', 'pkp-i-2019', '--json'])).json<{ horizon: string }[]>();
    expect(list.map((m) => m.horizon)).toEqual(['short', 'long']);
  });

  it('refuses an unknown horizon or rating with exit 3 and an unknown milestone with exit 4', async () => {
    expect((await proper(['milestone', 'add', '1', '--horizon', 'sedang', '--description', 'x'])).code).toBe(3);
    expect((await proper(['milestone', 'rate', '9', '--rating', 'sesuai'])).code).toBe(4);
    await proper(['milestone', 'add', '1', '--horizon', 'menengah', '--description', 'x']);
    expect((await proper(['milestone', 'rate', '1', '--rating', 'hebat'])).code).toBe(3);
    expect((await proper(['milestone', 'add', '7', '--horizon', 'short', '--description', 'x'])).code).toBe(4);
  });

  it('removes a milestone only with --yes without a terminal', async () => {
    await proper(['milestone', 'add', '1', '--horizon', 'short', '--description', 'SK tim']);
    expect((await proper(['milestone', 'remove', '1'])).code).toBe(2);
    expect((await proper(['milestone', 'remove', '1', '--yes'])).code).toBe(0);
    expect((await proper(['milestone', 'list', '1', '--json'])).json()).toEqual([]);
  });
});
