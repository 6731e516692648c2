import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { complete } from '../../src/cli/completion/complete.js';
import { completionScript } from '../../src/cli/completion/scripts.js';

const values = { cohorts: () => ['pim4-xxii-2018', 'pkp-xxii-2024'], lokus: () => ['sby-dpmptsp', 'sby-dkrth'] };
const candidates = async (...words: string[]) => complete(await createProgram(), words, values);

describe('shell completion', () => {
  it('completes top-level commands from their first letters', async () => {
    expect(await candidates('co')).toEqual(expect.arrayContaining(['cohort', 'config', 'completion']));
    expect(await candidates('co')).not.toContain('project');
  });

  it('completes subcommands after an Indonesian alias', async () => {
    expect(await candidates('angkatan', '')).toEqual(['add', 'list', 'show', 'edit', 'remove']);
  });

  it('completes options of the command and the global ones', async () => {
    const options = await candidates('cohort', 'add', 'x', '--');
    expect(options).toEqual(expect.arrayContaining(['--program', '--number', '--db', '--json', '--help']));
  });

  it('offers cohort codes for --cohort and as the argument of cohort show', async () => {
    expect(await candidates('participant', 'list', '--cohort', 'pim')).toEqual(['pim4-xxii-2018']);
    expect(await candidates('cohort', 'show', '')).toEqual(['pim4-xxii-2018', 'pkp-xxii-2024']);
  });

  it('offers lokus codes for --lokus and stage names in both languages for --stage', async () => {
    expect(await candidates('visit', 'add', '--lokus', 'sby-dp')).toEqual(['sby-dpmptsp']);
    expect(await candidates('project', 'list', '--stage', 'i')).toEqual(['idea', 'implementation', 'ide', 'implementasi']);
  });

  it('skips the values of options that take one when finding the command', async () => {
    expect(await candidates('--db', '/tmp/x.db', 'cohort', 'l')).toEqual(['list']);
  });

  it('writes a script for each shell that calls back proper __complete', () => {
    for (const shell of ['bash', 'zsh', 'fish'] as const) expect(completionScript(shell)).toContain('proper __complete');
  });
});
