import type { Command } from 'commander';
import { Argument } from 'commander';
import { t } from '../../i18n/index.js';
import { withExamples } from '../help.js';
import { lazy } from '../invocation.js';

export function registerCompletionCommand(program: Command): void {
  withExamples(
    program
      .command('completion')
      .description(t('cli.completion.description'))
      .addArgument(new Argument('<shell>', t('cli.completion.arg.shell')).choices(['bash', 'zsh', 'fish'])),
    'proper completion bash > ~/.local/share/bash-completion/completions/proper',
    'proper completion fish > ~/.config/fish/completions/proper.fish',
  ).action(lazy(() => import('../handlers/completion.js'), 'script'));
}
