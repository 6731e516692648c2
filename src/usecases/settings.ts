// Settings (pengaturan): the qualification bands and pass mark of each program, kept in the database.
import type { Bands } from '../domain/predicate.js';
import { bandsKey, parseBands, parseSetting } from '../domain/predicate.js';
import { DEFAULT_FOLLOWUP_MONTHS, followupMonthsKey, parseFollowupMonths } from '../domain/followup.js';
import type { Program, Setting } from '../domain/types.js';
import { PROGRAMS } from '../domain/types.js';
import type { Db } from '../db/open.js';
import { findSetting, listSettings, putSetting } from '../db/settings.js';
import { readDefaultSettings } from '../db/settings-seed.js';
import { InvalidDataError } from '../errors.js';
import { valueOf } from './validate.js';

let defaults: Readonly<Record<string, string>> | undefined;

/** The default settings: data/defaults.json, the one source (the database is seeded from it). */
export function defaultSettings(): Readonly<Record<string, string>> {
  return (defaults ??= readDefaultSettings());
}

/** A program's default bands, from data/defaults.json. */
export function defaultBands(program: Program): Bands {
  return valueOf(parseBands(defaultSettings()[bandsKey(program)] ?? ''), bandsKey(program));
}

/** The keys proper knows: the ones seeded from data/defaults.json. */
export function knownSettingKeys(): string[] {
  return Object.keys(defaultSettings()).sort();
}

/** The follow-up schedule's keys (SPEC §11): not seeded, so that unset they fall back to the general one. */
function followupSettingKeys(): string[] {
  return [followupMonthsKey(), ...PROGRAMS.map((p) => followupMonthsKey(p))];
}

/** The value a follow-up key has when unset: the program's falls back to the general schedule. */
function followupDefault(db: Db, key: string): string {
  if (key === followupMonthsKey()) return DEFAULT_FOLLOWUP_MONTHS.join(',');
  return findSetting(db, followupMonthsKey())?.value ?? DEFAULT_FOLLOWUP_MONTHS.join(',');
}

/** A setting's value checked by its rule and written in canonical form. */
function canonicalValue(key: string, value: string): string {
  if (key === followupMonthsKey() || key.startsWith(`${followupMonthsKey()}.`)) return valueOf(parseFollowupMonths(value), key).join(',');
  return valueOf(parseSetting(key, value), key);
}

function knownKey(input: string): string {
  const key = input.trim().toLowerCase();
  const known = [...knownSettingKeys(), ...followupSettingKeys()];
  if (!known.includes(key)) throw new InvalidDataError('config.unknownKey', { key: input.trim(), known: known.join(', ') });
  return key;
}

export function listAllSettings(db: Db): Setting[] {
  return listSettings(db);
}

export function getSetting(db: Db, key: string): Setting {
  const known = knownKey(key);
  const fallback = followupSettingKeys().includes(known) ? followupDefault(db, known) : (defaultSettings()[known] ?? '');
  return findSetting(db, known) ?? { key: known, value: fallback };
}

export interface SettingChange extends Setting {
  previous: string | null;
}

/** Validates the value with the domain's parser and stores it in its canonical form. */
export function setSetting(db: Db, key: string, value: string): SettingChange {
  const known = knownKey(key);
  const canonical = canonicalValue(known, value);
  return db.transaction(() => {
    const previous = findSetting(db, known)?.value ?? null;
    putSetting(db, known, canonical);
    return { key: known, value: canonical, previous };
  }).immediate();
}

/** The bands in force for a program now; a value broken by hand is reported, never guessed. */
export function bandsFor(db: Db, program: Program): Bands {
  const key = bandsKey(program);
  const stored = findSetting(db, key)?.value ?? defaultSettings()[key];
  if (stored === undefined) throw new InvalidDataError('config.bandsMissing', { key });
  return valueOf(parseBands(stored), key);
}
