// The gates for text (SPEC §4): what comes in is NFC, trimmed, free of control characters and
// bounded, codes plain ASCII; what goes out to a terminal has its control characters escaped.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

const BUDI = '198203152008011004';
const SRI = '198507212010012003';

describe('text in and out', () => {
  const { temp, proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2024-06-01' } });
  beforeEach(async () => {
    expect((await proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', 'XXII', '--year', '2018'])).code).toBe(0);
  });

  it('counts "Dinas Pidië" typed in NFC and in NFD, by command and by import, as one agency', async () => {
    expect((await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi', '--agency', 'Dinas Pidi\u00eb'])).code).toBe(0);
    const file = join(temp.dir, 'peserta.csv');
    writeFileSync(file, `nip;nama;instansi\n${SRI};Sri;Dinas Pidie\u0308\n`);
    expect((await proper(['import', 'participants', file, '--cohort', 'pim4-xxii-2018'])).code).toBe(0);
    const report = (await proper(['report', 'cohort', 'pim4-xxii-2018', '--json'])).json<{ participants: { by_agency: { agency: string; count: number }[] } }>();
    expect(report.participants.by_agency).toEqual([{ agency: 'Dinas Pidi\u00eb', count: 2 }]);
  });

  it('refuses look-alike cohort and lokus codes with exit 3 and stores codes in lower case', async () => {
    const fullWidth = await proper(['cohort', 'add', 'pim\uff14-xxii-2019', '--program', 'pim4', '--number', 'XXII', '--year', '2019']);
    expect(fullWidth.code).toBe(3);
    expect(fullWidth.stderr).toContain('U+FF14');
    expect((await proper(['lokus', 'add', '\u0440im4-lokus', '--name', 'Lokus'])).code).toBe(3);
    expect((await proper(['cohort', 'add', 'PKP-I-2024', '--program', 'pkp', '--number', 'I', '--year', '2024', '--json'])).json()).toMatchObject({ code: 'pkp-i-2024' });
  });

  it('refuses a control character in a name and an over-long title with exit 3, naming the option', async () => {
    const esc = await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi\u001b[2J']);
    expect(esc.code).toBe(3);
    expect(esc.stderr).toContain('--name: ');
    expect(esc.stderr).toContain('U+001B');
    expect((await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi'])).code).toBe(0);
    const long = await proper(['project', 'add', '--cohort', 'pim4-xxii-2018', '--nip', BUDI, '--title', 'x'.repeat(301)]);
    expect(long.code).toBe(3);
    expect(long.stderr).toContain('--title: ');
    expect((await proper(['project', 'add', '--cohort', 'pim4-xxii-2018', '--nip', BUDI, '--title', 'x'.repeat(300), '--description', 'baris satu\nbaris dua'])).code).toBe(0);
  });

  it('escapes a stored ESC[2J in a listed name and an echoed input in an error, so neither clears the screen', async () => {
    expect((await proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi'])).code).toBe(0);
    // A database written before the gate, or by another program, may still hold one.
    const db = new Database(temp.db);
    db.prepare('UPDATE people SET name = ? WHERE nip = ?').run('Budi\u001b[2J\u009b2J', BUDI);
    db.close();
    const list = await proper(['participant', 'list', '--cohort', 'pim4-xxii-2018']);
    expect(list.code).toBe(0);
    expect(list.stdout).not.toMatch(/[\u001b\u009b]/);
    expect(list.stdout).toContain('Budi\\x1b[2J\\x9b2J');
    expect((await proper(['participant', 'list', '--json'])).json<{ name: string }[]>()[0]!.name).toBe('Budi\u001b[2J\u009b2J');
    const unknown = await proper(['cohort', 'show', 'x\u001b[2J']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).not.toContain('\u001b');
  });
});
