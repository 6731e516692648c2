// How much a database already holds: the demo refuses to mix its invented people into real data.
import type { Db } from './open.js';

export interface RecordCounts {
  cohorts: number;
  people: number;
  lokus: number;
}

export function countRecords(db: Db): RecordCounts {
  return db
    .prepare('SELECT (SELECT count(*) FROM cohorts) AS cohorts, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM lokus) AS lokus')
    .get() as RecordCounts;
}
