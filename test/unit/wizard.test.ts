import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import type { Invocation } from '../../src/cli/invocation.js';
import { STAGE_COLORS, paintStage } from '../../src/cli/stage-colors.js';
import { createWizard, shellQuote, validator } from '../../src/cli/wizard.js';
import { parseScore } from '../../src/domain/predicate.js';
import { UsageError } from '../../src/errors.js';
import { setLanguage } from '../../src/i18n/index.js';
import { ALL_STAGES } from '../../src/domain/types.js';

interface Terminal {
  tty?: boolean;
  env?: Record<string, string>;
}

/** An invocation whose context has stdin and stdout terminals (or not), and the environment given. */
const invocation = (globals: Partial<Invocation['globals']> = {}, { tty = false, env = {} }: Terminal = {}): Invocation<unknown> => {
  const stream = { isTTY: tty, write: () => true };
  const context = createContext(env, { stdin: stream as never, stdout: stream, stderr: stream, now: () => new Date('2024-08-15T12:00:00'), platform: 'linux', home: '/home/u' });
  return { args: [], opts: {}, globals: { color: true, input: true, ...globals }, command: undefined as never, context };
};

/** The error `run` throws; fails the test when it throws nothing. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('the wizard without a terminal', () => {
  it('returns a value that was given without asking', async () => {
    const wizard = createWizard(invocation());
    await expect(wizard.need('pkp', '--program', () => Promise.reject(new Error('asked')))).resolves.toBe('pkp');
    expect(wizard.asked).toBe(false);
  });

  it('throws a usage error naming the flag for a missing value, never asking', async () => {
    const wizard = createWizard(invocation());
    expect(wizard.interactive).toBe(false);
    const error = await wizard.need(undefined, '--program', () => Promise.reject(new Error('asked'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).params).toEqual({ flag: '--program' });
    expect((error as UsageError).exitCode).toBe(2);
  });

  it('checks all required values up front, naming the first missing one', () => {
    const wizard = createWizard(invocation({ input: false }));
    const first = thrown(() => wizard.check([['x', '--cohort'], [undefined, '--nip'], ['', '--title']]));
    expect(first).toBeInstanceOf(UsageError);
    expect((first as UsageError).params).toEqual({ flag: '--nip' });
    const empty = thrown(() => wizard.check([['x', '--cohort'], [[], '--by'], [undefined, '--nip']]));
    expect((empty as UsageError).params).toEqual({ flag: '--by' });
    expect(() => wizard.check([['x', '--cohort'], [['a'], '--by']])).not.toThrow();
  });

  it('is interactive only when stdin and stdout are terminals and neither --no-input, --yes nor CI says otherwise', () => {
    expect(createWizard(invocation({}, { tty: true })).interactive).toBe(true);
    expect(createWizard(invocation({}, { tty: false })).interactive).toBe(false);
    expect(createWizard(invocation({ input: false }, { tty: true })).interactive).toBe(false);
    expect(createWizard(invocation({ yes: true }, { tty: true })).interactive).toBe(false);
    expect(createWizard(invocation({}, { tty: true, env: { CI: 'true' } })).interactive).toBe(false);
  });

  it('at a terminal, checks nothing up front and asks for a missing value', async () => {
    const wizard = createWizard(invocation({}, { tty: true }));
    expect(() => wizard.check([[undefined, '--nip']])).not.toThrow();
    expect(wizard.asked).toBe(false);
  });

  it('skips optional values instead of asking', async () => {
    const wizard = createWizard(invocation({ yes: true }));
    await expect(wizard.maybe(undefined, () => Promise.reject(new Error('asked')))).resolves.toBeUndefined();
  });
});

describe('the one-line equivalent', () => {
  it('quotes words only when the shell needs it, and repeats a flag for each value', () => {
    const wizard = createWizard(invocation());
    const line = wizard.commandLine(['visit', 'add'], [], {
      '--cohort': 'pim4-xxii-2018', '--date': '15 Agustus 2018', '--group': ['1', '2'], '--companion': "Dra. Sri's", '--note': undefined,
    });
    expect(line).toBe("proper visit add --cohort pim4-xxii-2018 --date '15 Agustus 2018' --group 1 --group 2 --companion 'Dra. Sri'\\''s'");
  });

  it('leaves safe words bare', () => {
    expect(shellQuote('III/d')).toBe('III/d');
    expect(shellQuote('88,5')).toBe('88,5');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
  });
});

describe('validators from domain rules', () => {
  it('show the rule\'s problem in the current language while typing', () => {
    setLanguage('en');
    const check = validator(parseScore);
    expect(check('88,5')).toBe(true);
    expect(check('101')).toMatch(/101/);
    setLanguage('id');
  });

  it('accept an empty answer for an optional value', () => {
    expect(validator(parseScore, true)('')).toBe(true);
    expect(validator(parseScore)('')).not.toBe(true);
  });
});

describe('stage colours', () => {
  it('give every stage its own colour', () => {
    expect(Object.keys(STAGE_COLORS).sort()).toEqual([...ALL_STAGES].sort());
    expect(new Set(Object.values(STAGE_COLORS)).size).toBe(ALL_STAGES.length);
  });

  it('paint a stage name, or leave it plain without colour', () => {
    setLanguage('id');
    expect(paintStage(new Chalk({ level: 1 }), 'presentation')).toBe('\u001b[35mpresentasi\u001b[39m');
    expect(paintStage(new Chalk({ level: 0 }), 'dropped')).toBe('batal');
  });
});
