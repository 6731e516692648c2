// How the human formats (table, md, html, xlsx) name stages, kinds and programs, and show dates
// and numbers, in the language chosen with setLanguage().
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { id as idLocale } from 'date-fns/locale/id';
import { enGB } from 'date-fns/locale/en-GB';
import { currentLanguage, isMessageKey, t } from '../i18n/index.js';
import type { AdoptionKind, Program, Stage } from '../domain/types.js';
import type { WarningKind } from './cohort-model.js';

export function stageLabel(stage: Stage): string {
  return t(`report.stage.${stage}`);
}

export function adoptionKindLabel(kind: AdoptionKind | null): string {
  return kind === null ? '' : t(`report.adoption_kind.${kind}`);
}

export function programLabel(program: Program): string {
  return t(`report.program.${program}`);
}

export function warningKindLabel(kind: WarningKind): string {
  return t(`report.warning.${kind}`);
}

/** What the program calls a change project: proyek perubahan, aksi perubahan or aktualisasi. */
export function projectWord(program: Program | undefined): string {
  if (program === 'pka' || program === 'pkp' || program === 'pkn2') return t('report.project_word.aksi');
  if (program === 'latsar') return t('report.project_word.aktualisasi');
  return t('report.project_word.proyek');
}

const PREDICATE_CODES: Record<string, string> = {
  sangat_memuaskan: 'very_satisfactory',
  very_satisfactory: 'very_satisfactory',
  memuaskan: 'satisfactory',
  satisfactory: 'satisfactory',
  cukup_memuaskan: 'fairly_satisfactory',
  fairly_satisfactory: 'fairly_satisfactory',
  kurang_memuaskan: 'less_satisfactory',
  less_satisfactory: 'less_satisfactory',
  tidak_memuaskan: 'unsatisfactory',
  unsatisfactory: 'unsatisfactory',
};

/**
 * The predicate in the report's language. Predicates are stored as recorded (a code such as
 * `very_satisfactory` or the Indonesian words); one we do not know is shown as it is.
 */
export function predicateLabel(predicate: string | null): string {
  if (predicate === null) return '';
  const code = PREDICATE_CODES[predicate.trim().toLowerCase().replace(/[\s-]+/g, '_')];
  const key = `report.predicate.${code ?? ''}`;
  return code !== undefined && isMessageKey(key) ? t(key) : predicate;
}

function locale() {
  return currentLanguage() === 'en' ? enGB : idLocale;
}

// A report repeats few dates many times (every project of a cohort presents within days), and
// date-fns costs microseconds a call: each date is formatted once per language and pattern.
const formattedDates = new Map<string, string>();

function calendarDate(iso: string | null, pattern: string): string {
  if (iso === null || iso === '') return '';
  const key = `${currentLanguage()}|${pattern}|${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const date = parseISO(iso);
    text = Number.isNaN(date.getTime()) ? iso : format(date, pattern, { locale: locale() });
    formattedDates.set(key, text);
  }
  return text;
}

/** "Rabu, 15 Agustus 2018" (or "Wednesday, 15 August 2018"); empty for null. */
export function longDate(iso: string | null): string {
  return calendarDate(iso, 'EEEE, d MMMM yyyy');
}

/** "15 Agu 2018", for narrow table columns. */
export function shortDate(iso: string | null): string {
  return calendarDate(iso, 'd MMM yyyy');
}

/** "15 Agustus 2018 pukul 09.30" for a generated_at timestamp, in local time. */
export function dateTime(iso: string): string {
  const date = parseISO(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pattern = currentLanguage() === 'en' ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy 'pukul' HH.mm";
  return format(date, pattern, { locale: locale() });
}

// Building an Intl.NumberFormat costs far more than using one: one per language and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as people of the report's language write it: 92,5 in Indonesian, 92.5 in English. */
export function humanNumber(value: number | null, fractionDigits = 1): string {
  if (value === null || !Number.isFinite(value)) return '';
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
  const key = `${locale}:${fractionDigits}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, useGrouping: true });
    numberFormats.set(key, formatter);
  }
  return formatter.format(value);
}

/** A share as a percentage, "33%"; empty when the whole is zero. */
export function humanPercent(part: number, whole: number): string {
  if (whole === 0) return '';
  return `${humanNumber((part / whole) * 100, 0)}%`;
}
