// Cohort and lokus codes match in any case, also rows stored in mixed case before codes were
// lower-cased; a code not found is answered with the nearest ones (SPEC §4).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCohort, requireCohort } from '../../src/db/cohorts.js';
import { findLokus, requireLokus } from '../../src/db/lokus.js';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { NotFoundError } from '../../src/errors.js';
import { tempDb } from '../helpers/proper.js';

describe('codes in any case', () => {
  let temp: ReturnType<typeof tempDb>;
  let db: Db;
  beforeEach(() => {
    temp = tempDb();
    db = openDatabase(temp.db);
    db.prepare("INSERT INTO cohorts (code, program, number, year) VALUES ('pkp-xxii-2024', 'pkp', 22, 2024), ('PIM4-XXII-2018', 'pim4', 22, 2018)").run();
    db.prepare("INSERT INTO lokus (code, name) VALUES ('sby-mpp', 'MPP Siola'), ('Mlg-MPP', 'MPP Malang')").run();
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('finds a lower-case code typed in upper case, and a mixed-case row typed in any case', () => {
    expect(findCohort(db, 'PKP-XXII-2024')?.code).toBe('pkp-xxii-2024');
    expect(findCohort(db, 'pim4-xxii-2018')?.code).toBe('PIM4-XXII-2018');
    expect(findCohort(db, 'Pim4-Xxii-2018')?.code).toBe('PIM4-XXII-2018');
    expect(findLokus(db, 'SBY-MPP')?.name).toBe('MPP Siola');
    expect(findLokus(db, 'mlg-mpp')?.name).toBe('MPP Malang');
  });

  it('answers an unknown code with the nearest existing ones', () => {
    const error = (() => {
      try {
        requireCohort(db, 'PKP-XXI-2024');
      } catch (e) {
        return e as NotFoundError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.key).toBe('cohort.notFoundNear');
    expect(error?.params).toMatchObject({ near: 'pkp-xxii-2024' });
    expect(() => requireLokus(db, 'sby-mp')).toThrow(expect.objectContaining({ key: 'lokus.notFoundNear', params: { ref: 'sby-mp', near: 'sby-mpp' } }));
    expect(() => requireCohort(db, 'latsar-2030')).toThrow(expect.objectContaining({ key: 'cohort.notFound' }));
  });
});
