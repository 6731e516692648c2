// Shared pieces of command declarations: examples under --help, translated option text.
import { type Command, Help } from 'commander';
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

const TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/**
 * commander's own words in --help ("Usage:", "Options:", "(default: …)", "(choices: …)") in the
 * user's language. Given to the root program's configureHelp before the subcommands are added,
 * which copy it.
 */
export function localisedHelp(): Partial<Help> {
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    styleUsage(this: Help, usage: string) {
      const words = usage.split(' ').map((word) => (word === '[options]' ? t('cli.help.optionsWord') : word === '[command]' ? t('cli.help.commandWord') : word));
      return Help.prototype.styleUsage.call(this, words.join(' '));
    },
    // commander's implicit "help [command]  display help for command" line is English; `proper
    // help X` and `--help` say the same, and the usage line names --help.
    visibleCommands(this: Help, command) {
      return Help.prototype.visibleCommands.call(this, command).filter((c) => c.name() !== 'help');
    },
    subcommandTerm(this: Help, command) {
      return Help.prototype.subcommandTerm.call(this, command).replace('[options]', t('cli.help.optionsWord'));
    },
    optionDescription(this: Help, option) {
      return localiseExtras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument) {
      return localiseExtras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

/** Rewrites the "(choices: …, default: …, env: …)" that commander appends to a description. */
function localiseExtras(description: string): string {
  return description.replace(/\((choices: .*?|default: .*?|env: .*?)\)$/, (_whole, inner: string) => {
    const parts = inner.split(/, (?=choices: |default: |env: |preset: )/).map((part) => {
      const [, label, value] = /^(\w+): (.*)$/.exec(part) ?? [];
      if (label === 'choices') return t('cli.help.choices', { values: value });
      if (label === 'default') return t('cli.help.default', { value });
      if (label === 'env') return t('cli.help.env', { name: value });
      return part;
    });
    return `(${parts.join(', ')})`;
  });
}
