// Settings (pengaturan): the qualification bands and pass mark of each program, kept in the database.
import type { Bands } from '../domain/predicate.js';
import { bandsKey, DEFAULT_SETTINGS, parseBands, parseSetting } from '../domain/predicate.js';
import { followupMonthsKey, parseFollowupMonths } from '../domain/followup.js';
import type { Program, Setting } from '../domain/types.js';
import { PROGRAMS } from '../domain/types.js';
import type { Db } from '../db/open.js';
import { findSetting, listSettings, putSetting } from '../db/settings.js';
import { readDefaultSettings } from '../db/settings-seed.js';
import { InvalidDataError } from '../errors.js';
import { valueOf } from './validate.js';

/** The keys proper knows: the ones seeded from data/defaults.json, and each program's follow-up schedule. */
export function knownSettingKeys(): string[] {
  const followup = [followupMonthsKey(), ...PROGRAMS.map((p) => followupMonthsKey(p))];
  return [...new Set([...Object.keys({ ...DEFAULT_SETTINGS, ...readDefaultSettings() }), ...followup])].sort();
}

/** A setting's value checked by its rule and written in canonical form. */
function canonicalValue(key: string, value: string): string {
  if (key === followupMonthsKey() || key.startsWith(`${followupMonthsKey()}.`)) return valueOf(parseFollowupMonths(value), key).join(',');
  return valueOf(parseSetting(key, value), key);
}

function knownKey(input: string): string {
  const key = input.trim().toLowerCase();
  const known = knownSettingKeys();
  if (!known.includes(key)) throw new InvalidDataError('config.unknownKey', { key: input.trim(), known: known.join(', ') });
  return key;
}

export function listAllSettings(db: Db): Setting[] {
  return listSettings(db);
}

export function getSetting(db: Db, key: string): Setting {
  const known = knownKey(key);
  return findSetting(db, known) ?? { key: known, value: DEFAULT_SETTINGS[known] ?? readDefaultSettings()[known] ?? '' };
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
  const stored = findSetting(db, key)?.value ?? DEFAULT_SETTINGS[key];
  if (stored === undefined) throw new InvalidDataError('config.bandsMissing', { key });
  return valueOf(parseBands(stored), key);
}
