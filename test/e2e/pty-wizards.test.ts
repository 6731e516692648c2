// The guided commands under a real pseudo-terminal (tmux), driven by keystrokes; the database is
// checked afterwards through `proper … --json`. Skipped, with the reason, where tmux is missing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { properWith, tempDb } from '../helpers/proper.js';
import { hasTmux, noTmuxReason, PtySession } from '../helpers/pty.js';

const TODAY = '2018-10-24';
const BUDI = '198203152008011004';

if (!hasTmux) console.warn(noTmuxReason);

describe.skipIf(!hasTmux)('guided commands at a terminal', () => {
  let temp: ReturnType<typeof tempDb>;
  let proper: ReturnType<typeof properWith>;
  let sessions: PtySession[];

  beforeEach(() => {
    temp = tempDb();
    proper = properWith(temp.db, { PROPER_TODAY: TODAY });
    sessions = [];
  });
  afterEach(() => {
    for (const s of sessions) s.close();
    temp.cleanup();
  });

  /** `proper --db DB ...args` at a terminal, today fixed. */
  const start = (args: string[], env: Record<string, string | undefined> = {}) => {
    const session = PtySession.start(['--db', temp.db, ...args], { env: { PROPER_TODAY: TODAY, ...env } });
    sessions.push(session);
    return session;
  };

  const seedCohort = () => proper(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', 'XXII', '--year', '2018']);
  const seedBudi = () =>
    proper(['participant', 'add', BUDI, '--cohort', 'pim4-xxii-2018', '--name', 'Budi Santoso, S.E.', '--group', '2']);

  it('adds a cohort through the cohort wizard and prints the one-line equivalent', async () => {
    const s = start(['cohort', 'add']);
    await s.answer('Kode angkatan', 'pim4-xxii-2018');
    await s.waitFor('Program pelatihan');
    s.press('Down', 'Down', 'Enter');
    await s.answer('Nomor angkatan', 'XXII');
    await s.waitFor('Tahun:');
    s.press('BSpace', 'BSpace', 'BSpace', 'BSpace');
    s.type('2018');
    s.press('Enter');
    await s.answer('Penyelenggara', 'Pusdiklat Kemnaker');
    await s.answer('Tanggal mulai', '2018-07-02');
    await s.answer('Tanggal selesai', '26/10/2018');
    await s.answer('Tempat', '');
    const { code, screen } = await s.exit();
    expect(code).toBe(0);
    expect(screen).toContain('proper cohort add pim4-xxii-2018 --program pim4 --number XXII --year 2018');
    expect(proper(['cohort', 'show', 'pim4-xxii-2018', '--json']).json()).toMatchObject({
      code: 'pim4-xxii-2018', program: 'pim4', number: 22, year: 2018, organizer: 'Pusdiklat Kemnaker',
      start_date: '2018-07-02', end_date: '2018-10-26', place: null,
    });
  });

  it('adds a participant: the NIP is checked as typed, its birth date and gender shown, cohort and rank picked', async () => {
    seedCohort();
    const s = start(['participant', 'add']);
    await s.waitFor('NIP (18 digit');
    s.type('19820315 200801 1 03');
    s.press('Enter');
    // A 17-digit NIP is refused on the spot, with the reason; the officer corrects it.
    await s.waitFor('NIP "19820315 200801 1 03"');
    s.press('BSpace');
    s.type('04');
    s.press('Enter');
    await s.waitFor('Dari NIP: lahir Senin, 15 Maret 1982, Laki-laki');
    await s.answer('Nama lengkap', 'Budi Santoso, S.E.');
    await s.waitFor('Daftarkan di angkatan');
    s.press('Enter');
    await s.answer('Kelompok', '2');
    await s.waitFor('Golongan/pangkat');
    // (skip), I/a … III/d is the 13th entry.
    for (let i = 0; i < 12; i++) s.press('Down');
    s.press('Enter');
    await s.answer('Jabatan', 'Kepala Seksi Penempatan');
    await s.answer('Instansi', 'Kementerian Ketenagakerjaan');
    await s.answer('Unit kerja', '');
    const { code, screen } = await s.exit();
    expect(code).toBe(0);
    expect(screen).toContain(`proper participant add ${BUDI} --cohort pim4-xxii-2018 --group 2 --name 'Budi Santoso, S.E.' --grade III/d`);
    expect(screen).toContain('Berikutnya: proper project add');
    expect(proper(['participant', 'list', '--cohort', 'pim4-xxii-2018', '--json']).json()).toEqual([
      expect.objectContaining({
        nip: BUDI, name: 'Budi Santoso, S.E.', gender: 'male', birth_date: '1982-03-15', rank: 'Penata Tingkat I', grade: 'III/d',
        position: 'Kepala Seksi Penempatan', agency: 'Kementerian Ketenagakerjaan', unit: null, cohort: 'pim4-xxii-2018', group: '2',
      }),
    ]);
  });

  it('asks the same in English with --lang en', async () => {
    seedCohort();
    const s = start(['--lang', 'en', 'participant', 'add', '--cohort', 'pim4-xxii-2018']);
    await s.answer('NIP (18 digits', BUDI);
    await s.waitFor('From the NIP: born');
    await s.answer('Full name with titles', 'Budi Santoso');
    await s.answer('Group (may be empty)', '');
    await s.waitFor('Grade and rank');
    await s.waitFor('↑↓ move • ⏎ choose');
    s.press('Enter');
    await s.answer('Position (may be empty)', '');
    await s.answer('Agency (may be empty)', '');
    await s.answer('Work unit (may be empty)', '');
    const { code, screen } = await s.exit();
    expect(code).toBe(0);
    expect(screen).toContain('The same as one command, without questions:');
    expect(screen).toContain('Next: proper project add');
    expect(screen).not.toMatch(/Nama lengkap|Berikutnya/);
    expect(proper(['participant', 'show', BUDI, '--json']).json()).toMatchObject({ nip: BUDI, name: 'Budi Santoso', grade: null });
  });

  it('adds a project by searching the participant, then carries it through presentation with a score and on to adoption', async () => {
    seedCohort();
    seedBudi();
    proper(['participant', 'add', '198507212010012003', '--cohort', 'pim4-xxii-2018', '--name', 'Sri Wahyuni']);
    proper(['lokus', 'add', 'sby-dpmptsp', '--name', 'DPMPTSP Kota Surabaya', '--city', 'Surabaya']);

    const add = start(['project', 'add', '--date', '2018-08-01']);
    await add.waitFor('Angkatan:');
    add.press('Enter');
    await add.waitFor('Peserta (ketik sebagian nama atau NIP)');
    add.type('budi');
    await add.waitFor(/❯ Budi Santoso, S\.E\. · 19820315 200801 1 004/);
    add.press('Enter');
    await add.answer('Judul proyek perubahan', 'Surat masuk dan keluar secara daring');
    await add.answer('Nama inovasi', 'Si-Surat');
    await add.waitFor('Terinspirasi dari lokus');
    add.press('Down', 'Enter');
    let result = await add.exit();
    expect(result.code).toBe(0);
    expect(result.screen).toContain("proper project add --cohort pim4-xxii-2018 --nip 198203152008011004 --title 'Surat masuk dan keluar secara daring' --innovation-name Si-Surat --inspired-by-lokus sby-dpmptsp --date 2018-08-01");
    expect(result.screen).toContain('Berikutnya: proper project advance 1');

    // idea → design, dated; design → implementation, today by default.
    const design = start(['project', 'advance', '1']);
    await design.waitFor('sekarang ide sejak Rabu, 1 Agustus 2018; berikutnya rancangan');
    await design.waitFor('Tanggal (');
    design.type('2018-07-01');
    design.press('Enter');
    await design.waitFor('lebih awal dari peristiwa terakhir proyek (2018-08-01)');
    for (let i = 0; i < 10; i++) design.press('BSpace');
    design.type('3 September 2018');
    design.press('Enter');
    await design.answer('Catatan', 'Rancangan disetujui mentor');
    result = await design.exit();
    expect(result.code).toBe(0);
    expect(result.screen).toContain("proper project advance 1 --date '3 September 2018' --note 'Rancangan disetujui mentor'");

    const implementation = start(['project', 'advance']);
    await implementation.waitFor('Proyek (ketik sebagian');
    implementation.type('daring');
    await implementation.waitFor('❯ 1 · Budi Santoso');
    implementation.press('Enter');
    await implementation.answer('Tanggal (', '');
    await implementation.answer('Catatan', '');
    expect((await implementation.exit()).code).toBe(0);

    const presentation = start(['project', 'advance', '1']);
    await presentation.waitFor('berikutnya presentasi');
    await presentation.answer('Tanggal (', '');
    await presentation.answer('Catatan', 'Seminar');
    await presentation.answer('Nilai presentasi', '101');
    await presentation.waitFor('101');
    await presentation.waitFor(/> .*101/);
    for (let i = 0; i < 3; i++) presentation.press('BSpace');
    presentation.type('88,5');
    presentation.press('Enter');
    await presentation.waitFor('Kualifikasi PIM IV: Sangat Memuaskan > 90 · Memuaskan > 80');
    await presentation.answer('Nilai 88,5 memberi kualifikasi "Memuaskan". Benar? (Y/t)', '');
    result = await presentation.exit();
    expect(result.code).toBe(0);
    expect(result.screen).toContain("proper project advance 1 --note Seminar --score 88,5");
    expect(proper(['project', 'show', '1', '--json']).json()).toMatchObject({
      stage: 'presentation', stage_date: TODAY, score: 88.5, predicate: 'Memuaskan', inspired_by_lokus: 'sby-dpmptsp',
      title: 'Surat masuk dan keluar secara daring', innovation_name: 'Si-Surat',
    });

    const adoption = start(['project', 'advance', '1']);
    await adoption.answer('Tanggal (', '');
    await adoption.answer('Catatan', '');
    await adoption.answer('Diadopsi oleh', 'Setda Kota Medan; Dinas Kominfo, Kota Medan');
    await adoption.waitFor('Jenis adopsi');
    adoption.press('Down', 'Down', 'Enter');
    await adoption.answer('Penghargaan', 'KIPP 2019 Top 99');
    result = await adoption.exit();
    expect(result.code).toBe(0);
    expect(result.screen).toContain("--by 'Setda Kota Medan' --by 'Dinas Kominfo, Kota Medan' --kind replicated --award 'KIPP 2019 Top 99'");
    expect(proper(['project', 'show', '1', '--json']).json()).toMatchObject({
      stage: 'adoption', adopted_by: ['Setda Kota Medan', 'Dinas Kominfo, Kota Medan'], adoption_kind: 'replicated', award: 'KIPP 2019 Top 99',
    });
    const events = proper(['project', 'history', '1', '--json']).json<{ to_stage: string; date: string }[]>();
    expect(events.map((e) => `${e.to_stage} ${e.date}`)).toEqual([
      'idea 2018-08-01', 'design 2018-09-03', 'implementation 2018-10-24', 'presentation 2018-10-24', 'adoption 2018-10-24',
    ]);
  });

  it('picks the cohort, lokus and groups of a visit', async () => {
    seedCohort();
    seedBudi();
    proper(['participant', 'add', '198507212010012003', '--cohort', 'pim4-xxii-2018', '--name', 'Sri Wahyuni', '--group', '3']);
    proper(['lokus', 'add', 'sby-dpmptsp', '--name', 'DPMPTSP Kota Surabaya']);
    const s = start(['visit', 'add']);
    await s.waitFor('Angkatan yang berkunjung');
    s.press('Enter');
    await s.waitFor('Lokus yang dikunjungi');
    s.press('Enter');
    await s.answer('Tanggal kunjungan', '15 Agustus 2018');
    await s.waitFor('Kelompok 3');
    s.press('Space', 'Down', 'Space', 'Enter');
    await s.answer('Pendamping', 'Dra. Sri Wahyuni');
    const { code, screen } = await s.exit();
    expect(code).toBe(0);
    expect(screen).toContain("--group 2 --group 3 --companion 'Dra. Sri Wahyuni'");
    expect(proper(['visit', 'list', '--json']).json()).toEqual([
      { id: 1, cohort: 'pim4-xxii-2018', lokus: 'sby-dpmptsp', date: '2018-08-15', groups: ['2', '3'], companion: 'Dra. Sri Wahyuni' },
    ]);
  });

  it('exits 130 on Ctrl-C in a prompt and writes nothing', async () => {
    seedCohort();
    const s = start(['participant', 'add']);
    await s.answer('NIP (18 digit', BUDI);
    await s.waitFor('Nama lengkap');
    s.press('C-c');
    const { code, screen } = await s.exit();
    expect(code).toBe(130);
    expect(screen).toContain('Dibatalkan; tidak ada yang disimpan.');
    expect(proper(['participant', 'list', '--json']).json()).toEqual([]);
  });

  it('exits 130 on Ctrl-C while confirming a score, and the project stays where it was', async () => {
    seedCohort();
    seedBudi();
    proper(['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', 'Si-Surat', '--date', '2018-08-01']);
    proper(['project', 'move', '1', '--to', 'implementasi', '--date', '2018-09-01']);
    const s = start(['project', 'advance', '1']);
    await s.answer('Tanggal (', '');
    await s.answer('Catatan', '');
    await s.answer('Nilai presentasi', '95');
    await s.waitFor('"Sangat Memuaskan". Benar?');
    s.press('C-c');
    expect((await s.exit()).code).toBe(130);
    expect(proper(['project', 'show', '1', '--json']).json()).toMatchObject({ stage: 'implementation', score: null });
  });

  it('leaves the data when a confirmation is answered "n", and removes it after "y"', async () => {
    seedCohort();
    const no = start(['cohort', 'remove', 'pim4-xxii-2018']);
    await no.answer('Hapus angkatan pim4-xxii-2018? (y/T)', 'n');
    expect((await no.exit()).code).toBe(130);
    expect(proper(['cohort', 'list', '--json']).json()).toHaveLength(1);

    const yes = start(['cohort', 'remove', 'pim4-xxii-2018']);
    await yes.answer('Hapus angkatan pim4-xxii-2018?', 'ya');
    expect((await yes.exit()).code).toBe(0);
    expect(proper(['cohort', 'list', '--json']).json()).toEqual([]);
  });

  it('asks the reason for dropping a project and drops it without a confirmation (SPEC §4)', async () => {
    seedCohort();
    seedBudi();
    proper(['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', 'Si-Surat']);
    const s = start(['project', 'drop', '1']);
    await s.answer('Alasan', 'Peserta mutasi');
    expect((await s.exit()).code).toBe(0);
    expect(proper(['project', 'show', '1', '--json']).json()).toMatchObject({ stage: 'dropped' });
  });

  it('asks the reason for moving a project back a stage, and no confirmation', async () => {
    seedCohort();
    seedBudi();
    proper(['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', 'Si-Surat', '--date', '2018-08-01']);
    proper(['project', 'advance', '1', '--date', '2018-09-01']);
    const s = start(['project', 'move', '1', '--to', 'ide']);
    await s.answer('Alasan', 'Dikembalikan coach');
    const { code, screen } = await s.exit();
    expect(code).toBe(0);
    expect(screen).toContain("proper project move 1 --to ide --reason 'Dikembalikan coach'");
    expect(proper(['project', 'show', '1', '--json']).json()).toMatchObject({ stage: 'idea' });
  });

  for (const [label, args, ci] of [
    ['--no-input', ['--no-input'], undefined],
    ['--yes', ['--yes'], undefined],
    ['CI=true', [], 'true'],
  ] as const) {
    it(`never asks at a terminal with ${label}: a missing value is exit 2 naming what to pass`, async () => {
      seedCohort();
      const session = PtySession.start(['--db', temp.db, ...args, 'participant', 'add'], { env: { PROPER_TODAY: TODAY }, ci });
      sessions.push(session);
      const { code, screen } = await session.exit(5_000);
      expect(code).toBe(2);
      expect(screen).toContain('nilai NIP wajib diisi');
      expect(screen).not.toContain('? NIP');
    });
  }

  it('colours stage names at a terminal, and not with NO_COLOR', async () => {
    seedCohort();
    seedBudi();
    proper(['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', 'Si-Surat', '--date', '2018-08-01']);
    proper(['project', 'move', '1', '--to', 'presentasi', '--score', '91']);
    const coloured = start(['project', 'list']);
    await coloured.exit();
    // presentation is magenta: SGR 35.
    expect(coloured.screen({ escapes: true })).toMatch(/\u001b\[35mpresentasi/);
    const plain = start(['project', 'list'], { NO_COLOR: '1' });
    await plain.exit();
    expect(plain.screen({ escapes: true })).not.toMatch(/\u001b\[3\dm/);
  });

  it('wraps long titles so that the table fits a narrow terminal', async () => {
    seedCohort();
    seedBudi();
    const title = 'Optimalisasi layanan surat masuk dan surat keluar secara daring melalui aplikasi Si-Surat di Sekretariat Daerah';
    proper(['project', 'add', '--nip', BUDI, '--cohort', 'pim4-xxii-2018', '--title', title]);
    const session = PtySession.start(['--db', temp.db, 'project', 'list'], { env: { PROPER_TODAY: TODAY }, cols: 80 });
    sessions.push(session);
    const { screen } = await session.exit();
    const lines = screen.split('\n').filter((line) => line.includes('│') || line.includes('┌'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(screen).toContain('Si-Surat');
  });
});
