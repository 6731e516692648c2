// commander's errors in the user's language. commander writes English ("unknown command 'angkatn'
// (Did you mean angkatan?)"); the names it quotes are taken from its message and the sentence is
// the catalogue's. An Indonesian option name that does not exist (--angkatan) is answered with the
// option meant (--cohort).
import { t } from '../i18n/index.js';

/** Indonesian words officers type as options, and the option each means (SPEC §3 names). */
const INDONESIAN_OPTIONS: Record<string, string> = {
  angkatan: '--cohort',
  nama: '--name',
  instansi: '--agency',
  tahun: '--year',
  kelompok: '--group',
  tanggal: '--date',
  judul: '--title',
  alasan: '--reason',
  nilai: '--score',
  tahap: '--stage',
  keluaran: '--output',
  berkas: '--output',
  jenis: '--kind',
  penghargaan: '--award',
  pangkat: '--rank',
  golongan: '--grade',
  jabatan: '--position',
  program: '--program',
  tempat: '--place',
  penyelenggara: '--organizer',
  pendamping: '--companion',
  catatan: '--note',
  uraian: '--description',
  ke: '--to',
  dari: '--from',
  ya: '--yes',
};

const quoted = (message: string, index = 0): string => [...message.matchAll(/'([^']*)'/g)][index]?.[1] ?? '';
const suggestion = (message: string): string | undefined => /\(Did you mean (?:one of )?(.+?)\?\)/.exec(message)?.[1];

/** The option an unknown option was probably meant to be: commander's guess, or the Indonesian word's. */
function meantOption(option: string, guess: string | undefined): string | undefined {
  if (guess) return guess;
  const word = option.replace(/^-+/, '').split('=')[0]?.toLowerCase() ?? '';
  return INDONESIAN_OPTIONS[word];
}

/** The message of a commander error with `code`, in the current language; undefined when unknown. */
export function commanderMessage(code: string, message: string): string | undefined {
  const text = message.replace(/^error: /, '');
  const near = suggestion(text);
  const withNear = (sentence: string, meant: string | undefined) => (meant ? `${sentence} ${t('cli.error.didYouMean', { name: meant })}` : sentence);
  switch (code) {
    case 'commander.unknownCommand':
      return withNear(t('cli.error.unknownCommandNamed', { name: quoted(text) }), near);
    case 'commander.unknownOption': {
      const option = quoted(text);
      return withNear(t('cli.error.unknownOptionNamed', { name: option }), meantOption(option, near));
    }
    case 'commander.missingArgument':
      return t('cli.error.missingArgumentNamed', { name: quoted(text).toUpperCase() });
    case 'commander.optionMissingArgument':
      return t('cli.error.optionNeedsValue', { name: quoted(text).split(' ')[0] ?? '' });
    case 'commander.missingMandatoryOptionValue':
      return t('cli.error.requiredOption', { name: quoted(text).split(' ')[0] ?? '' });
    case 'commander.excessArguments': {
      const m = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      return t('cli.error.tooManyArguments', { command: quoted(text), expected: m?.[1] ?? '?', got: m?.[2] ?? '?' });
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(text)?.[1];
      if (choices === undefined) return undefined;
      return t('cli.error.notAChoice', { name: quoted(text, 0).split(' ')[0] ?? '', value: quoted(text, 1), choices });
    }
    default:
      return undefined;
  }
}

/**
 * `proper help`, `proper help angkatan add` and `proper angkatan help add` as `--help` of the
 * command named (commander only knows the middle form, and words it in English).
 */
export function helpAsOption(argv: readonly string[]): string[] {
  const at = argv.findIndex((arg, i) => (arg === 'help' || arg === 'bantuan') && !argv.slice(0, i).some((a) => a === '--'));
  if (at < 0) return [...argv];
  // Only in command position: after global options and command words, not as an option's value.
  const previous = argv[at - 1];
  if (previous !== undefined && previous.startsWith('--') && !['--json', '--no-color', '--no-input', '--yes'].includes(previous)) return [...argv];
  return [...argv.slice(0, at), ...argv.slice(at + 1), '--help'];
}
