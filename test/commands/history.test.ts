import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

const osUser = (() => {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
})();

interface Entry {
  at: string;
  os_user: string;
  action: string;
  table_name: string;
  row_id: number | null;
  summary: string | null;
  old_values: Record<string, unknown> | null;
  new_values: Record<string, unknown> | null;
}

describe('proper history', () => {
  const { proper } = freshDatabase({ today: null, env: { PROPER_TODAY: '2018-12-31' } });

  it('shows who changed a score, an enrolment and a setting, newest first, with the OS user', async () => {
    const ok = async (args: string[]) => {
      const r = await proper(args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return r;
    };
    await ok(['cohort', 'add', 'pim4-xxii-2018', '--program', 'pim4', '--number', '22', '--year', '2018']);
    await ok(['participant', 'add', '197805122005011002', '--name', 'Budi Santoso', '--cohort', 'pim4-xxii-2018', '--group', '1']);
    await ok(['project', 'add', '--nip', '197805122005011002', '--cohort', 'pim4-xxii-2018', '--title', 'Antrean daring', '--date', '2018-07-10', '--json']);
    await ok(['project', 'move', '1', '--to', 'implementation', '--date', '2018-08-01', '--json']);
    await ok(['project', 'advance', '1', '--date', '2018-10-22', '--score', '88,5', '--json']);
    await ok(['participant', 'edit', '197805122005011002', '--cohort', 'pim4-xxii-2018', '--group', '3']);
    await ok(['config', 'set', 'bands.pim4', '85,75,65,55']);

    const entries = (await ok(['history', '--json'])).json<Entry[]>();
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      expect(e.os_user).toBe(osUser);
      expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    // Newest first: the setting was changed last.
    expect(entries[0]).toMatchObject({ action: 'update', table_name: 'settings', old_values: { key: 'bands.pim4', value: '90,80,70,60' }, new_values: { value: '85,75,65,55' } });

    const scored = entries.find((e) => e.table_name === 'projects' && e.action === 'update' && e.new_values?.score === 88.5);
    expect(scored).toBeDefined();
    expect(scored!.old_values).toMatchObject({ score: null });
    expect(entries.some((e) => e.table_name === 'projects' && e.old_values?.stage === 'implementation' && e.new_values?.stage === 'presentation')).toBe(true);
    expect(scored!.new_values).toMatchObject({ stage: 'presentation', predicate: 'Memuaskan', nip: '197805122005011002', cohort: 'pim4-xxii-2018' });
    expect(scored!.summary).toContain('score');

    const regrouped = entries.find((e) => e.table_name === 'enrolments' && e.action === 'update');
    expect(regrouped).toMatchObject({ summary: 'group_name', old_values: { group_name: '1' }, new_values: { group_name: '3', nip: '197805122005011002' } });
    expect(entries.some((e) => e.table_name === 'enrolments' && e.action === 'insert')).toBe(true);
    expect(entries.some((e) => e.table_name === 'project_events' && e.action === 'insert' && e.new_values?.score === 88.5)).toBe(true);

    // Filters.
    const settings = (await ok(['history', '--table', 'settings', '--json'])).json<Entry[]>();
    expect(settings.map((e) => e.table_name)).toEqual(['settings']);
    expect((await ok(['riwayat', '--limit', '2', '--json'])).json<Entry[]>()).toHaveLength(2);
    expect((await ok(['history', '--user', 'someone-else', '--json'])).json()).toEqual([]);
    expect((await ok(['history', '--since', '2199-01-01', '--json'])).json()).toEqual([]);
    expect((await ok(['history', '--user', osUser, '--since', '2000-01-01', '--json'])).json<Entry[]>()).toHaveLength(entries.length);

    // The human table names the change.
    const table = await ok(['history', '--table', 'settings', '--lang', 'en']);
    expect(table.stdout).toContain('90,80,70,60 → 85,75,65,55');
    expect(table.stdout).toContain(osUser);
  });

  it('records nothing for cohorts and says so when the trail is empty', async () => {
    expect((await proper(['cohort', 'add', 'pkp-i-2024', '--program', 'pkp', '--number', '1', '--year', '2024'])).code).toBe(0);
    expect((await proper(['history', '--json'])).json()).toEqual([]);
    const human = await proper(['history', '--lang', 'en']);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain('No changes recorded yet');
  });

  it('rejects an unknown table (3) and a malformed limit or date', async () => {
    await proper(['init']);
    const table = await proper(['history', '--table', 'people', '--lang', 'en']);
    expect(table.code).toBe(3);
    expect(table.stderr).toContain('enrolments');
    expect((await proper(['history', '--limit', 'lots'])).code).toBe(2);
    expect((await proper(['history', '--limit', '0'])).code).toBe(2);
    expect((await proper(['history', '--since', '2018-02-30'])).code).toBe(3);
  });
});
