// The one message catalogue: every user-facing sentence, in Bahasa Indonesia (default) and English.
// Each area keeps its messages in catalog/<area>.ts as { key: { id, en } }, so a key can never
// exist in one language only.
import { readFileSync } from 'node:fs';
import type { catalog } from './catalog/index.js';
import type { Message } from './catalog/types.js';

export type Language = 'id' | 'en';
export type MessageKey = keyof typeof catalog;
export type Params = Record<string, string | number | null | undefined>;

// The build writes the catalogue as one JSON file beside this module (scripts/build-assets.js), far
// cheaper to load at start-up than its modules; run from the sources (tests), the modules are used.
const messages: Record<string, Message> = readCompiledCatalog() ?? (await import('./catalog/index.js')).catalog;

function readCompiledCatalog(): Record<string, Message> | undefined {
  try {
    return JSON.parse(readFileSync(new URL('./messages.json', import.meta.url), 'utf8')) as Record<string, Message>;
  } catch {
    return undefined;
  }
}

let language: Language = 'id';

export function setLanguage(lang: Language): void {
  language = lang;
}

export function currentLanguage(): Language {
  return language;
}

/** Reads `--lang`'s value or PROPER_LANG; anything but "en" means Indonesian. */
export function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.toLowerCase();
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  if (v === 'id' || v.startsWith('id-') || v.startsWith('id_')) return 'id';
  return undefined;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The message for `key` in the current language, with `{name}` placeholders filled from params. */
export function t(key: MessageKey | string, params: Params = {}, lang: Language = language): string {
  const entry = isMessageKey(key) ? messages[key] : undefined;
  const template: string = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/**
 * A number as recorded, with the language's decimal separator: 92.25 is "92,25" in Indonesian and
 * "92.25" in English. Never rounds: scores and IKM values are official (SPEC §8).
 */
export function decimalText(value: number | string): string {
  const text = String(value);
  return currentLanguage() === 'id' ? text.replace('.', ',') : text;
}
