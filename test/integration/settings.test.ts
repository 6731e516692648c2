import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { InvalidDataError } from '../../src/errors.js';
import { bandsFor, getSetting, knownSettingKeys, listAllSettings, setSetting } from '../../src/usecases/settings.js';
import { tempDb } from '../helpers/proper.js';

describe('settings', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('lists the seeded bands and pass marks of every program', () => {
    const keys = listAllSettings(db).map((s) => s.key);
    expect(keys).toEqual(knownSettingKeys());
    expect(getSetting(db, 'pass_mark.pkp')).toEqual({ key: 'pass_mark.pkp', value: '70' });
  });

  it('stores new bands in canonical form and serves them to scoring', () => {
    expect(setSetting(db, 'bands.pkp', '85; 75; 65; 55')).toEqual({ key: 'bands.pkp', value: '85,75,65,55', previous: '90,80,70,60' });
    expect(bandsFor(db, 'pkp')).toEqual([85, 75, 65, 55]);
    expect(bandsFor(db, 'pka')).toEqual([90, 80, 70, 60]);
  });

  it('refuses bands that do not strictly descend and leaves the old ones', () => {
    expect(() => setSetting(db, 'bands.pkp', '90,90,70,60')).toThrow(InvalidDataError);
    expect(getSetting(db, 'bands.pkp').value).toBe('90,80,70,60');
  });

  it('refuses a pass mark above 100 and an unknown key', () => {
    expect(() => setSetting(db, 'pass_mark.pkp', '101')).toThrow(InvalidDataError);
    expect(() => setSetting(db, 'bands.pim1', '90,80,70,60')).toThrow(InvalidDataError);
    expect(() => getSetting(db, 'theme')).toThrow(InvalidDataError);
  });
});
