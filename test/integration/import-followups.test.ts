// import followups on a real SQLite file: matched by NIP, a row without its month put at the nearest
// scheduled check, atomic, idempotent, FILE:LINE errors, --dry-run, --cohort.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { openDatabase } from '../../src/db/open.js';
import { listFollowups } from '../../src/usecases/followups.js';
import { runFollowupImport } from '../../src/import/run-followups.js';
import { tempDb } from '../helpers/proper.js';
import { fixtureToday as today, NIPS, seedFollowupFixture } from './followup-fixture.js';

let temp: ReturnType<typeof tempDb>;
let db: Db;
let ids: ReturnType<typeof seedFollowupFixture>;

beforeEach(() => {
  temp = tempDb();
  db = openDatabase(temp.db);
  ids = seedFollowupFixture(db);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

function file(lines: string[]): string {
  const path = join(temp.dir, 'formulir.csv');
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

const checksOf = (id: number) => listFollowups(db, { target: String(id) }).checks.map((c) => [c.months, c.date, c.status, c.reason, c.ikm]);
const count = () => (db.prepare('SELECT count(*) AS n FROM followup_checks').get() as { n: number }).n;

describe('import followups', () => {
  it('matches each NIP to its latest presented project and puts a row without a month at the nearest check', async () => {
    const path = file([
      'NIP;Tanggal;Status;Alasan;Bulan ke;Keterangan;Bukti;IKM',
      `${NIPS.p1.slice(0, 8)} ${NIPS.p1.slice(8, 14)} ${NIPS.p1.slice(14, 15)} ${NIPS.p1.slice(15)};01/05/2019;berjalan;;;;SK 1/2019;80,5`,
      `${NIPS.p1};2019-09-30;berhenti;mutasi;;Pindah tugas;;`,
      `${NIPS.p5};2020-06-20;ya;;12;;;`,
    ]);
    const report = await runFollowupImport(db, { file: path, today });
    expect(report).toMatchObject({ rows: 3, added: 3, updated: 0, unchanged: 0, rejected: 0, written: true });
    expect(checksOf(ids.p1)).toEqual([
      [6, '2019-05-01', 'running', null, 80.5],
      [12, '2019-09-30', 'stopped', 'transfer', null],
    ]);
    expect(checksOf(ids.p5)).toEqual([[12, '2020-06-20', 'running', null, null]]);
    const again = await runFollowupImport(db, { file: path, today });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(count()).toBe(3);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'followup_checks' AND row_id IS NULL").get()).toEqual({ n: 2 });
  });

  it('updates a check whose answer changed', async () => {
    await runFollowupImport(db, { file: file(['nip,date,status,months', `${NIPS.p1},2019-05-01,running,6`]), today });
    const report = await runFollowupImport(db, { file: file(['nip,date,status,reason,months', `${NIPS.p1},2019-05-01,stopped,budget,6`]), today });
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(checksOf(ids.p1)).toEqual([[6, '2019-05-01', 'stopped', 'budget', null]]);
  });

  it('writes nothing when a row is invalid, and names every FILE:LINE problem', async () => {
    const path = file([
      'Daftar jawaban formulir pemantauan',
      '',
      'NIP;Tanggal;Status;Alasan;Bulan ke;IKM',
      `${NIPS.p1};2019-05-01;berjalan;;6;`,
      `${NIPS.p4};2019-05-01;berjalan;;;`,
      `199001012015011001;2019-05-01;berjalan;;;`,
      `${NIPS.p2};2019-05-01;berhenti;;;`,
      `${NIPS.p2};2018-01-01;berjalan;;;101`,
      `${NIPS.p1};2019-05-02;berjalan;;6;`,
    ]);
    const report = await runFollowupImport(db, { file: path, today });
    expect(report.written).toBe(false);
    expect(report.rejected).toBe(5);
    expect(report.errors.map((e) => [e.line, e.field, e.key])).toEqual([
      [5, 'nip', 'import.followup.noPresentedProject'],
      [6, 'nip', 'import.followup.unknownNip'],
      [7, 'reason', 'domain.followup.reason_required'],
      [8, 'ikm', 'domain.ikm.range'],
      [8, 'date', 'followup.error.beforePresentation'],
      [9, 'months', 'import.followup.duplicateCheck'],
    ]);
    expect(count()).toBe(0);
  });

  it('imports only the valid rows with --skip-invalid, and nothing on --dry-run', async () => {
    const lines = ['nip,date,status', `${NIPS.p1},2019-05-01,running`, `${NIPS.p4},2019-05-01,running`];
    const dry = await runFollowupImport(db, { file: file(lines), today, dryRun: true });
    expect(dry).toMatchObject({ added: 1, rejected: 1, written: false, dryRun: true });
    expect(count()).toBe(0);
    const skipped = await runFollowupImport(db, { file: file(lines), today, skipInvalid: true, rejected: join(temp.dir, 'ditolak.csv') });
    expect(skipped).toMatchObject({ added: 1, rejected: 1, written: true });
    expect(count()).toBe(1);
  });

  it('takes the project of --cohort', async () => {
    const path = file(['nip,date,status', `${NIPS.p5},2019-12-20,running`]);
    const wrong = await runFollowupImport(db, { file: path, today, cohort: 'pim4-a-2018' });
    expect(wrong.errors.map((e) => e.key)).toEqual(['import.followup.notPresentedInCohort']);
    const right = await runFollowupImport(db, { file: path, today, cohort: 'pkp-b-2019' });
    expect(right).toMatchObject({ added: 1 });
    expect(checksOf(ids.p5)).toEqual([[6, '2019-12-20', 'running', null, null]]);
  });
});
