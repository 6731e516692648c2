// Shell completion, computed by proper itself: the shell scripts only pass the words typed so far
// to `proper __complete` and offer what it prints, one candidate a line. Commands and options come
// from the command tree, so they never drift from --help; cohort and lokus codes from the database.
import type { Command, Option } from 'commander';
import { STAGE_ALIASES } from '../../domain/stages.js';
import { ALL_STAGES, PROGRAMS } from '../../domain/types.js';
import { REPORT_FORMAT_NAMES } from '../../report/format-choice.js';

export interface CompletionValues {
  cohorts(): string[];
  lokus(): string[];
}

// A stage by its English or Indonesian name; the programs and report formats as the domain lists them.
const STAGE_WORDS = [...ALL_STAGES, ...ALL_STAGES.map((stage) => STAGE_ALIASES[stage][0]!)];
const PROGRAM_WORDS = [...PROGRAMS];

/** Candidates for the last word of `words` (the words after `proper`; the last may be empty). */
export function complete(program: Command, words: string[], values: CompletionValues): string[] {
  let command = program;
  const typed = words.slice(0, -1);
  const current = words.at(-1) ?? '';
  let pendingOption: Option | undefined;
  let positionals = 0;

  for (const word of typed) {
    if (pendingOption) {
      pendingOption = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const option = findOption(command, word.split('=')[0]!);
      if (option && (option.required || option.optional) && !word.includes('=')) pendingOption = option;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub) command = sub;
    else positionals++;
  }

  const candidates = pendingOption
    ? optionValues(command, pendingOption, values)
    : current.startsWith('-')
      ? optionFlags(command)
      : command.commands.length > 0
        ? command.commands.filter((c) => !hidden(c)).map((c) => c.name())
        : argumentValues(command, positionals, values);
  return candidates.filter((candidate) => candidate.startsWith(current));
}

function hidden(command: Command): boolean {
  return (command as unknown as { _hidden?: boolean })._hidden === true;
}

function ancestry(command: Command): Command[] {
  const chain: Command[] = [];
  for (let c: Command | null = command; c; c = c.parent) chain.push(c);
  return chain;
}

function findOption(command: Command, flag: string): Option | undefined {
  for (const c of ancestry(command)) {
    const option = c.options.find((o) => o.long === flag || o.short === flag);
    if (option) return option;
  }
  return undefined;
}

function optionFlags(command: Command): string[] {
  const flags = ancestry(command).flatMap((c) => c.options.filter((o) => !o.hidden).map((o) => o.long ?? o.short ?? ''));
  return [...new Set([...flags, '--help'])].filter(Boolean);
}

function optionValues(command: Command, option: Option, values: CompletionValues): string[] {
  if (option.argChoices) return option.argChoices;
  const name = option.attributeName();
  const group = command.parent?.name();
  if (name === 'cohort' || ((name === 'from' || name === 'to') && group === 'participant')) return values.cohorts();
  if (name === 'lokus' || name === 'inspiredByLokus') return values.lokus();
  if (name === 'stage' || (name === 'to' && group === 'project')) return STAGE_WORDS;
  if (name === 'program') return PROGRAM_WORDS;
  if (name === 'format') return [...REPORT_FORMAT_NAMES];
  if (name === 'lang') return ['id', 'en'];
  return [];
}

function argumentValues(command: Command, index: number, values: CompletionValues): string[] {
  const argument = command.registeredArguments[index];
  if (!argument) return [];
  if (argument.argChoices) return argument.argChoices;
  const group = command.parent?.name();
  if (group === 'cohort' || (group === 'report' && command.name() === 'cohort')) return values.cohorts();
  if (group === 'lokus') return values.lokus();
  return [];
}
