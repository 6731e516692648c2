// Prints the html report to PDF with headless Chromium, as an officer would with "Save as PDF".
// Chromium is installed with apt-get once when missing; without it the test is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render.js';
import { cohortModel } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
let unavailable: string | null = null;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'proper-pdf-'));
  if (existsSync(CHROMIUM)) return;
  const install = spawnSync('apt-get', ['install', '-y', 'chromium'], {
    encoding: 'utf8',
    timeout: 290_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM)) {
    const why = install.error?.message ?? (install.stderr || install.stdout || '').trim().split('\n').slice(-1)[0];
    unavailable = `chromium is not installed and "apt-get install -y chromium" failed (${why ?? 'no output'})`;
  }
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the html report printed with headless Chromium', () => {
  it('becomes a PDF', async (ctx) => {
    if (unavailable) {
      console.warn(`skipping the PDF test: ${unavailable}`);
      ctx.skip(unavailable);
    }
    const html = await renderReport('cohort', cohortModel(), 'html', { color: false });
    writeFileSync(join(dir, 'r.html'), html);
    const pdf = join(dir, 'r.pdf');
    const run = spawnSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        `file://${join(dir, 'r.html')}`,
      ],
      { encoding: 'utf8', timeout: 90_000 },
    );
    expect(run.error).toBeUndefined();
    expect(existsSync(pdf), run.stderr).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(bytes.length).toBeGreaterThan(10_000);
  }, 120_000);
});
