// Ctrl-C during a long import (issue 12): the officer is told, in their language, that the import
// was interrupted and nothing was saved; the exit code is 130; the database holds nothing of the
// import and no rejected-rows file (nor its temporary file) is left behind.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, runProper, tempDb } from '../helpers/proper.js';

const ROWS = 150_000;

/** Spawns `proper`, sends SIGINT once `ready()` holds, and resolves with the exit code and stderr. */
function interrupted(args: string[], env: Record<string, string>, ready: () => boolean): Promise<{ code: number | null; signal: string | null; stderr: string; sent: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      if (sent || !ready()) return;
      sent = child.kill('SIGINT');
    }, 10);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stderr, sent });
    });
  });
}

describe('Ctrl-C during an import', () => {
  const temp = tempDb();
  const file = join(temp.dir, 'peserta-besar.csv');

  beforeAll(() => {
    const made = spawnSync(process.execPath, [join(projectRoot, 'bench', 'generate-participants.mjs'), String(ROWS), file], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    // One invalid row just below the header: with --skip-invalid its rejected-rows file is begun at once.
    const lines = readFileSync(file, 'utf8').split('\r\n');
    lines.splice(1, 0, lines[1]!.replace(/^\d{18}/, '12345'));
    writeFileSync(file, lines.join('\r\n'));
    expect(runProper(['--db', temp.db, 'cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  const leftovers = (): string[] => readdirSync(temp.dir).filter((name) => name.includes('rejected'));

  for (const [lang, sentence] of [
    ['id', 'dihentikan (Ctrl-C); tidak ada yang disimpan'],
    ['en', 'was interrupted (Ctrl-C); nothing was saved'],
  ] as const) {
    it(`says in ${lang} that nothing was saved, exits 130, and leaves the database and the folder as they were`, async () => {
      const result = await interrupted(
        ['--db', temp.db, 'import', 'participants', file, '--cohort', 'pkp-i-2024', '--skip-invalid'],
        { PROPER_LANG: lang },
        () => leftovers().length > 0,
      );
      expect(result.sent).toBe(true);
      expect(result.stderr).toContain(sentence);
      expect(result.stderr).toContain(file);
      expect(result.stderr).not.toMatch(/at .+\.js:\d+/);
      expect(result.code, result.stderr).toBe(130);
      const db = new Database(temp.db, { readonly: true });
      try {
        expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
        expect(db.prepare('SELECT count(*) FROM enrolments').pluck().get()).toBe(0);
        expect(db.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'enrolments'").pluck().get()).toBe(0);
      } finally {
        db.close();
      }
      expect(leftovers()).toEqual([]);
    }, 60_000);
  }
});

describe('Ctrl-C during a projects or follow-ups import', () => {
  const temp = tempDb();
  const projects = join(temp.dir, 'proyek-besar.csv');
  const followups = join(temp.dir, 'pemantauan-besar.csv');

  beforeAll(() => {
    // NIPs of nobody in the cohort: every row is rejected, so --skip-invalid begins its file at once
    // and the whole list is read (a database look-up a row) while the signal comes.
    const nip = (i: number): string => `19850314201001${String(1000 + (i % 9000)).padStart(4, '0')}`;
    const rows = Array.from({ length: 60_000 }, (_, i) => `${nip(i)};Layanan izin usaha daring nomor ${i};SIPINTU;;ide;2024-06-18`);
    writeFileSync(projects, ['NIP;Judul Proyek Perubahan;Nama Inovasi;Deskripsi;Tahap;Tanggal Tahap', ...rows].join('\n'));
    const checks = Array.from({ length: 60_000 }, (_, i) => `${nip(i)};2025-01-20;berjalan;;6;baris ${i}`);
    writeFileSync(followups, ['NIP;Tanggal;Status;Alasan;Bulan ke;Keterangan', ...checks].join('\n'));
    expect(runProper(['--db', temp.db, 'cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024']).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  const leftovers = (): string[] => readdirSync(temp.dir).filter((name) => name.includes('rejected'));

  for (const [kind, file, table] of [
    ['projects', projects, 'projects'],
    ['followups', followups, 'followup_checks'],
  ] as const) {
    it(`import ${kind}: says that nothing was saved, exits 130, and leaves nothing behind`, async () => {
      const args = ['--db', temp.db, 'import', kind, kind === 'projects' ? projects : followups, '--skip-invalid'];
      if (kind === 'projects') args.push('--cohort', 'pkp-i-2024');
      const result = await interrupted(args, { PROPER_LANG: 'en' }, () => leftovers().length > 0);
      expect(result.sent).toBe(true);
      expect(result.stderr).toContain('was interrupted (Ctrl-C); nothing was saved');
      expect(result.stderr).toContain(file);
      expect(result.code, result.stderr).toBe(130);
      const db = new Database(temp.db, { readonly: true });
      try {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
        expect(db.prepare('SELECT count(*) FROM audit_log WHERE table_name = ?').pluck().get(table)).toBe(0);
      } finally {
        db.close();
      }
      expect(leftovers()).toEqual([]);
    }, 60_000);
  }
});
