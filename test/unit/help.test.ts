import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { createProgram } from '../../src/cli/program.js';

function leaves(command: Command, path: string[] = []): { path: string; command: Command }[] {
  const visible = command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
  if (visible.length === 0) return [{ path: path.join(' '), command }];
  return visible.flatMap((c) => leaves(c, [...path, c.name()]));
}

function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

describe('--help', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`shows at least one example for every command (${lang})`, async () => {
      setLanguage(lang);
      const commands = leaves(await createProgram());
      expect(commands.length).toBeGreaterThan(40);
      const missing = commands
        .filter(({ command }) => !/\$ proper /.test(helpOf(command)))
        .map(({ path }) => path);
      setLanguage('id');
      expect(missing).toEqual([]);
    });
  }

  it('gives every command and option a description', async () => {
    const undescribed: string[] = [];
    for (const { path, command } of leaves(await createProgram())) {
      if (!command.description()) undescribed.push(path);
      for (const option of command.options) if (!option.description) undescribed.push(`${path} ${option.flags}`);
    }
    expect(undescribed).toEqual([]);
  });
});
