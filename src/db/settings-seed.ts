// The default settings (qualification bands, pass marks) are data, shipped in data/defaults.json.
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

const defaultsFile = new URL('../../data/defaults.json', import.meta.url);

export function readDefaultSettings(): Record<string, string> {
  const parsed = JSON.parse(readFileSync(defaultsFile, 'utf8')) as { settings: Record<string, string> };
  return parsed.settings;
}

export function seedDefaultSettings(db: Database.Database): void {
  const insert = db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(readDefaultSettings())) insert.run(key, value);
}
