// The one writer of output files (src/db/output-file.ts) as the commands use it: --output,
// --rejected, templates and backups are never written over the database, its -wal/-shm, or the
// input being imported (also through a symbolic or hard link), nor over a device, a FIFO or a
// folder; what they write is private (0600) whatever the umask.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

const CSV = 'NIP;Nama\n197805122005011002;Budi Santoso\n123;Tanpa NIP sah\n';

describe('output files', () => {
  const { temp, proper } = freshDatabase({ env: { PROPER_LANG: 'en' } });

  async function seeded(): Promise<Buffer> {
    const added = await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']);
    expect(added.code, added.stderr).toBe(0);
    return readFileSync(temp.db);
  }

  const intact = (before: Buffer) => expect(readFileSync(temp.db).equals(before), 'the database is byte for byte as it was').toBe(true);

  it('refuses --output naming the database itself (2), for a report and an export, and changes nothing', async () => {
    const before = await seeded();
    for (const args of [['report', 'summary', '--format', 'csv', '--output', temp.db], ['export', 'cohorts', '--output', temp.db]]) {
      const result = await proper(args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain('is the database');
      intact(before);
    }
    expect((await proper(['cohort', 'list', '--json'])).json()).toHaveLength(1);
  });

  it('refuses the database through a symbolic link, a hard link and a relative path, and its -wal and -shm', async () => {
    const before = await seeded();
    const symlink = join(temp.dir, 'laporan.csv');
    symlinkSync(temp.db, symlink);
    const hardlink = join(temp.dir, 'salinan.csv');
    linkSync(temp.db, hardlink);
    const targets = [symlink, hardlink, `${temp.db}-wal`, `${temp.db}-shm`, join(temp.dir, '.', 'x', '..', 'proper.db')];
    mkdirSync(join(temp.dir, 'x'));
    for (const target of targets) {
      const result = await proper(['export', 'cohorts', '--output', target]);
      expect(result.code, `${target}: ${result.stderr}`).toBe(2);
      intact(before);
    }
  });

  it('refuses a device, a FIFO and a folder as --output, and leaves /dev/null a device', async () => {
    await seeded();
    const fifo = join(temp.dir, 'pipa');
    execFileSync('mkfifo', [fifo]);
    for (const target of ['/dev/null', fifo, temp.dir]) {
      const result = await proper(['report', 'summary', '--format', 'csv', '--output', target]);
      expect(result.code, `${target}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain('not a regular file');
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses `backup /dev/null --force` (2) and a backup onto the database through a link', async () => {
    await seeded();
    const result = await proper(['backup', '/dev/null', '--force']);
    expect(result.code, result.stderr).toBe(2);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const link = join(temp.dir, 'cadangan.db');
    symlinkSync(temp.db, link);
    expect((await proper(['backup', link, '--force'])).code).toBe(2);
  });

  it('refuses --rejected naming the input being imported or the database, and writes nothing', async () => {
    const before = await seeded();
    const input = join(temp.dir, 'peserta.csv');
    writeFileSync(input, CSV);
    for (const rejected of [input, temp.db]) {
      const result = await proper(['import', 'participants', input, '--cohort', 'pkp-i-2024', '--skip-invalid', '--rejected', rejected]);
      expect(result.code, result.stderr).toBe(2);
      expect(readFileSync(input, 'utf8')).toBe(CSV);
      intact(before);
    }
    expect((await proper(['participant', 'list', '--json'])).json()).toEqual([]);
  });

  it('refuses a template written over the database', async () => {
    const before = await seeded();
    const result = await proper(['import', 'template', 'peserta', '--output', temp.db]);
    expect(result.code, result.stderr).toBe(2);
    intact(before);
  });

  it('writes reports, exports, rejected rows and templates 0600 whatever the umask, and leaves no temporary file', async () => {
    await seeded();
    const input = join(temp.dir, 'peserta.csv');
    writeFileSync(input, CSV);
    const old = process.umask(0);
    try {
      expect((await proper(['report', 'summary', '--format', 'csv', '--output', join(temp.dir, 'ringkasan.csv')])).code).toBe(0);
      expect((await proper(['export', 'cohorts', '--output', join(temp.dir, 'angkatan.csv')])).code).toBe(0);
      expect((await proper(['import', 'template', 'peserta', '--output', join(temp.dir, 'templat.csv')])).code).toBe(0);
      const imported = await proper(['import', 'participants', input, '--cohort', 'pkp-i-2024', '--skip-invalid']);
      expect(imported.code, imported.stderr).toBe(0);
      expect((await proper(['backup', join(temp.dir, 'cadangan.db')])).code).toBe(0);
    } finally {
      process.umask(old);
    }
    for (const file of ['ringkasan.csv', 'angkatan.csv', 'templat.csv', 'peserta.rejected.csv', 'cadangan.db']) {
      expect(statSync(join(temp.dir, file)).mode & 0o777, file).toBe(0o600);
    }
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing report file whole, and says where it wrote', async () => {
    await seeded();
    const target = join(temp.dir, 'angkatan.csv');
    writeFileSync(target, 'old\n', { mode: 0o644 });
    const result = await proper(['export', 'cohorts', '--output', target]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('pkp-i-2024');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(result.stderr).toContain(target);
    expect(existsSync(`${target}.tmp`)).toBe(false);
  });
});
