// The small items of issue 12 (item 15) found in the trial, one behaviour each.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

const NIP = '198203152008011004';
const COHORT = 'pim4-xxii-2018';

describe('small items of the trial', () => {
  const { temp, proper } = freshDatabase({ today: '2020-01-15' });

  const cohortWith = async (people: [string, string][]) => {
    expect((await proper(['cohort', 'add', COHORT, '--program', 'pim4', '--number', 'XXII', '--year', '2018', '--start-date', '2018-07-02'])).code).toBe(0);
    const db = new Database(temp.db);
    for (const [nip, name] of people) {
      db.prepare("INSERT INTO people (nip, name, agency) VALUES (?, ?, 'Pemerintah Kota Medan')").run(nip, name);
      db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?))').run(COHORT, nip);
    }
    db.close();
  };

  it('names the participant with the NIP after a project is added and after each stage change', async () => {
    await cohortWith([[NIP, 'Budi Santoso']]);
    const added = await proper(['proyek', 'add', '--nip', NIP, '--cohort', COHORT, '--title', 'Si-Surat', '--date', '2018-08-01']);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Budi Santoso (19820315 200801 1 004)');
    const advanced = await proper(['proyek', 'advance', '1', '--date', '2018-08-20']);
    expect(advanced.code).toBe(0);
    expect(advanced.stderr).toContain('Proyek 1 (Budi Santoso, 19820315 200801 1 004)');
    const dropped = await proper(['project', 'drop', '1', '--reason', 'pindah tugas', '--date', '2018-09-01']);
    expect(dropped.stderr).toContain('Budi Santoso');
  });
});

describe('names sort without their titles', () => {
  const { temp, proper } = freshDatabase({ today: '2020-01-15' });

  it('lists "Dr. Rahmat" under R in participant list and in the cohort report', async () => {
    expect((await proper(['cohort', 'add', COHORT, '--program', 'pim4', '--number', 'XXII', '--year', '2018'])).code).toBe(0);
    const db = new Database(temp.db);
    const people: [string, string][] = [['198203152008011004', 'Siti Aminah'], ['198507222010012003', 'Dr. Rahmat Hidayat, M.Si.'], ['197001012000031001', 'Putri Lestari']];
    for (const [nip, name] of people) {
      db.prepare("INSERT INTO people (nip, name, agency) VALUES (?, ?, 'Pemerintah Kota Medan')").run(nip, name);
      db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?))').run(COHORT, nip);
    }
    db.close();
    const order = ['Putri Lestari', 'Dr. Rahmat Hidayat, M.Si.', 'Siti Aminah'];
    const listed = await proper(['participant', 'list', '--cohort', COHORT, '--json']);
    expect(listed.json<{ name: string }[]>().map((p) => p.name)).toEqual(order);
    const everyone = await proper(['participant', 'list', '--json']);
    expect(everyone.json<{ name: string }[]>().map((p) => p.name)).toEqual(order);
    const report = await proper(['report', 'cohort', COHORT, '--format', 'md']);
    expect(report.code).toBe(0);
    const at = order.map((name) => report.stdout.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('an idea dated before its cohort began', () => {
  const { temp, proper } = freshDatabase({ today: '2020-01-15' });

  it('is recorded with a warning on stderr; an idea within the training is not warned of', async () => {
    expect((await proper(['cohort', 'add', COHORT, '--program', 'pim4', '--number', 'XXII', '--year', '2018', '--start-date', '2018-07-02'])).code).toBe(0);
    const db = new Database(temp.db);
    for (const nip of [NIP, '198507222010012003']) {
      db.prepare("INSERT INTO people (nip, name, agency) VALUES (?, 'Budi', 'Pemerintah Kota Medan')").run(nip);
      db.prepare('INSERT INTO enrolments (cohort_id, person_id) VALUES ((SELECT id FROM cohorts WHERE code = ?), (SELECT id FROM people WHERE nip = ?))').run(COHORT, nip);
    }
    db.close();
    const early = await proper(['project', 'add', '--nip', NIP, '--cohort', COHORT, '--title', 'Si-Surat', '--date', '2017-08-01', '--json']);
    expect(early.code).toBe(0);
    expect(early.json().stage_date).toBe('2017-08-01');
    expect(early.stderr).toContain('2017-08-01');
    expect(early.stderr).toContain('2018-07-02');
    const inTime = await proper(['project', 'add', '--nip', '198507222010012003', '--cohort', COHORT, '--title', 'Sitancap', '--date', '2018-08-01']);
    expect(inTime.code).toBe(0);
    expect(inTime.stderr).not.toContain('2018-07-02');
  });
});

describe('an NRP given as an NIP', () => {
  const { proper } = freshDatabase({ today: '2020-01-15' });

  it('is refused with a hint to add --id-type nrp, which then records it', async () => {
    expect((await proper(['cohort', 'add', COHORT, '--program', 'pim4', '--number', 'XXII', '--year', '2018'])).code).toBe(0);
    const refused = await proper(['participant', 'add', '78010123', '--cohort', COHORT, '--name', 'Kompol Andi Wijaya']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--id-type nrp');
    const english = await proper(['participant', 'add', '78010123', '--cohort', COHORT, '--name', 'Kompol Andi Wijaya'], { env: { PROPER_LANG: 'en' } });
    expect(english.stderr).toContain('like a TNI/Polri NRP');
    const recorded = await proper(['participant', 'add', '78010123', '--id-type', 'nrp', '--cohort', COHORT, '--name', 'Kompol Andi Wijaya']);
    expect(recorded.code).toBe(0);
  });
});

describe('a planned visit', () => {
  const { proper } = freshDatabase({ today: '2018-08-15' });

  it('takes a future date and is marked planned in add, list and the cohort report until its day', async () => {
    expect((await proper(['cohort', 'add', COHORT, '--program', 'pim4', '--number', 'XXII', '--year', '2018'])).code).toBe(0);
    expect((await proper(['lokus', 'add', 'sby-diskominfo', '--name', 'Diskominfo Surabaya', '--city', 'Surabaya', '--province', 'Jawa Timur'])).code).toBe(0);
    const added = await proper(['visit', 'add', '--cohort', COHORT, '--lokus', 'sby-diskominfo', '--date', '2018-09-03']);
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('direncanakan');
    expect(added.stdout).toContain('(rencana)');
    expect((await proper(['visit', 'list', '--cohort', COHORT])).stdout).toContain('(rencana)');
    expect((await proper(['report', 'cohort', COHORT, '--format', 'md'])).stdout).toContain('Diskominfo Surabaya (rencana)');
    const json = await proper(['report', 'cohort', COHORT, '--format', 'json']);
    expect(json.json().visits[0].planned).toBe(true);
    const later = await proper(['visit', 'list', '--cohort', COHORT], { today: '2018-09-04' });
    expect(later.stdout).not.toContain('(rencana)');
  });
});
