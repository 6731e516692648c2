// A full disk, injected: every write of the node:fs module fails with ENOSPC while `full.on` is
// set (SQLite writes through its own code, so only proper's output files are affected). The
// command exits 1 saying the disk is full and naming the file; no temporary file is left; the old
// file stays as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

const full = vi.hoisted(() => ({ on: false }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof actual.writeSync>) => {
    if (full.on) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    return actual.writeSync(...args);
  }) as typeof actual.writeSync;
  return { ...actual, writeSync, default: { ...actual, writeSync } };
});

describe('a full disk under an output file', () => {
  const { temp, proper } = freshDatabase({ env: { PROPER_LANG: 'en' } });

  async function attempt(args: string[]) {
    full.on = true;
    try {
      return await proper(args);
    } finally {
      full.on = false;
    }
  }

  it('export: exits 1 saying so, leaves no half file and the old file as it was', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    const target = join(temp.dir, 'angkatan.csv');
    writeFileSync(target, 'the old export\n');
    const result = await attempt(['export', 'cohorts', '--output', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('disk is full');
    expect(result.stderr).toContain(target);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(target, 'utf8')).toBe('the old export\n');
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('report --output and a template: exit 1, no file where there was none', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    for (const [args, file] of [
      [['report', 'summary', '--format', 'csv', '--output', join(temp.dir, 'ringkasan.csv')], 'ringkasan.csv'],
      [['import', 'template', 'peserta', '--output', join(temp.dir, 'templat.csv')], 'templat.csv'],
    ] as const) {
      const result = await attempt([...args]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('disk is full');
      expect(readdirSync(temp.dir)).not.toContain(file);
    }
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
