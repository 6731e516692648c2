// Shared pieces of command declarations: examples under --help, translated option text.
import type { Command } from 'commander';
import { t } from '../i18n/index.js';

/** Adds "Contoh:/Examples:" lines after a command's help. */
export function withExamples(command: Command, ...examples: string[]): Command {
  const lines = examples.map((example) => `  $ ${example}`).join('\n');
  return command.addHelpText('after', `\n${t('cli.help.examples')}\n${lines}`);
}

/** Collects a repeated option (`--by A --by B`) into an array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
