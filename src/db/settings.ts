// Queries of the settings kept with the data (qualification bands and pass marks per program).
import type { Setting } from '../domain/types.js';
import type { Db } from './open.js';

export function listSettings(db: Db): Setting[] {
  return db.prepare('SELECT key, value FROM settings ORDER BY key').all() as Setting[];
}

export function findSetting(db: Db, key: string): Setting | undefined {
  return db.prepare('SELECT key, value FROM settings WHERE key = ?').get(key) as Setting | undefined;
}

export function putSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
