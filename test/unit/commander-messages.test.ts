// commander's English never reaches an Indonesian officer (issue 12, item 13).
import { afterEach, describe, expect, it } from 'vitest';
import { commanderMessage, helpAsOption } from '../../src/cli/commander-messages.js';
import { createProgram } from '../../src/cli/program.js';
import { setLanguage } from '../../src/i18n/index.js';

afterEach(() => setLanguage('id'));

describe('commander errors in the user\'s language', () => {
  it('words unknown commands and options in Indonesian, with the suggestion', () => {
    expect(commanderMessage('commander.unknownCommand', "error: unknown command 'angkatn'\n(Did you mean angkatan?)")).toBe(
      'perintah "angkatn" tidak dikenal. Mungkin maksud Anda: angkatan?',
    );
    expect(commanderMessage('commander.unknownOption', "error: unknown option '--yer'\n(Did you mean one of --year, --yes?)")).toBe(
      'opsi --yer tidak dikenal. Mungkin maksud Anda: --year, --yes?',
    );
    expect(commanderMessage('commander.missingArgument', "error: missing required argument 'file'")).toBe('argumen FILE wajib diisi.');
    expect(commanderMessage('commander.invalidArgument', "error: option '--lang <lang>' argument 'xx' is invalid. Allowed choices are id, en.")).toBe(
      'nilai "xx" untuk --lang tidak dikenal; pilih salah satu: id, en.',
    );
  });

  it('answers an Indonesian option name with the option meant', () => {
    expect(commanderMessage('commander.unknownOption', "error: unknown option '--angkatan'")).toBe(
      'opsi --angkatan tidak dikenal. Mungkin maksud Anda: --cohort?',
    );
    setLanguage('en');
    expect(commanderMessage('commander.unknownOption', "error: unknown option '--tahun=2024'")).toBe('unknown option --tahun=2024. Did you mean --year?');
  });

  it('takes `proper help`, `proper help angkatan add` and `proper angkatan help add` as --help', () => {
    expect(helpAsOption(['help'])).toEqual(['--help']);
    expect(helpAsOption(['help', 'angkatan'])).toEqual(['angkatan', '--help']);
    expect(helpAsOption(['--lang', 'en', 'help', 'angkatan', 'add'])).toEqual(['--lang', 'en', 'angkatan', 'add', '--help']);
    expect(helpAsOption(['angkatan', 'help', 'add'])).toEqual(['angkatan', 'add', '--help']);
    // A value, not a command word.
    expect(helpAsOption(['cohort', 'add', 'x', '--place', 'help'])).toEqual(['cohort', 'add', 'x', '--place', 'help']);
  });

  it('shows no English "help [command]" line in a group\'s help', async () => {
    const program = await createProgram(['cohort']);
    const cohort = program.commands.find((c) => c.name() === 'cohort');
    let text = '';
    cohort?.configureOutput({ writeOut: (s) => (text += s) });
    cohort?.outputHelp();
    expect(text).toContain('add');
    expect(text).not.toContain('display help for command');
    expect(text).not.toMatch(/^\s+help \[command\]/m);
  });
});

describe('restore --help', () => {
  it('mentions --yes, which a script needs', async () => {
    const program = await createProgram(['restore']);
    const restore = program.commands.find((c) => c.name() === 'restore');
    let text = '';
    restore?.configureOutput({ writeOut: (s) => (text += s) });
    restore?.outputHelp();
    expect(text).toContain('-y/--yes');
  });
});
