import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCohort } from '../../src/db/cohorts.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { runImport } from '../../src/import/run.js';
import { sample } from '../unit/import/helpers.js';

const today = new Date('2024-06-30T12:00:00');
let dir: string;
let db: Db;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-import-proyek-'));
  db = openDatabase(path.join(dir, 'proper.db'), { audit: false });
  insertCohort(db, { code: 'ws-2019', program: 'pkp', number: 1, year: 2019, organizer: null, start_date: null, end_date: null, place: null });
  await runImport(db, { kind: 'participants', file: sample('peserta-workshop-inovasi-medan-2019.csv'), cohort: 'ws-2019', today });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const projects = (file = sample('proyek-workshop-inovasi-medan-2019.csv')) => runImport(db, { kind: 'projects', file, cohort: 'ws-2019', today });
const stages = () => db.prepare('SELECT stage, count(*) AS n FROM projects GROUP BY stage ORDER BY stage').all();

describe('import projects', () => {
  it('puts the six Medan projects at their stages: 3 presented, 2 in implementation, 1 adopted', async () => {
    expect(await projects()).toMatchObject({ rows: 6, added: 6, rejected: 0 });
    expect(stages()).toEqual([{ stage: 'adoption', n: 1 }, { stage: 'implementation', n: 2 }, { stage: 'presentation', n: 3 }]);
    const verolin = db.prepare("SELECT score, predicate, stage_date FROM projects WHERE innovation_name = 'Verolin'").get();
    expect(verolin).toEqual({ score: 92.5, predicate: 'Sangat Memuaskan', stage_date: '2019-06-18' });
  });

  it('records the created event and the skipped stages with the stage machine', async () => {
    await projects();
    const events = db
      .prepare("SELECT e.kind, e.to_stage FROM project_events e JOIN projects p ON p.id = e.project_id WHERE p.innovation_name = 'Si-Surat' ORDER BY e.id")
      .all();
    expect(events).toEqual([
      { kind: 'created', to_stage: 'idea' },
      { kind: 'skipped', to_stage: 'design' },
      { kind: 'skipped', to_stage: 'implementation' },
      { kind: 'skipped', to_stage: 'presentation' },
      { kind: 'adopted', to_stage: 'adoption' },
    ]);
    expect(db.prepare('SELECT a.kind, aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id').all()).toEqual([
      { kind: 'replicated', adopter: 'Seluruh OPD Pemerintah Kota Medan' },
    ]);
    const scored = db.prepare("SELECT e.score FROM project_events e JOIN projects p ON p.id = e.project_id WHERE p.innovation_name = 'Aladin' AND e.to_stage = 'presentation'").get();
    expect(scored).toEqual({ score: 88 });
  });

  it('leaves every project unchanged on re-import, and moves one forward when its stage advances', async () => {
    await projects();
    expect(await projects()).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    const moved = path.join(dir, 'proyek.csv');
    fs.writeFileSync(moved, fs.readFileSync(sample('proyek-workshop-inovasi-medan-2019.csv'), 'utf8').replace('Seraton,Sistem laporan kematian online,implementasi,2019-05-20,', 'Seraton,Sistem laporan kematian online,presentasi,2019-06-18,85'));
    expect(await projects(moved)).toMatchObject({ added: 0, updated: 1, unchanged: 5 });
    expect(stages()).toEqual([{ stage: 'adoption', n: 1 }, { stage: 'implementation', n: 1 }, { stage: 'presentation', n: 4 }]);
  });

  it('rejects an NIP that is not in the cohort and an unknown lokus, writing nothing', async () => {
    const file = path.join(dir, 'salah.csv');
    fs.writeFileSync(file, 'NIP,Judul,Tahap,Lokus\n198701282013061004,Verolin,implementasi,Kota Antah\n198306202010111003,X,ide,\n');
    const report = await projects(file);
    expect(report.errors.map((e) => [e.line, e.field, e.key])).toEqual([
      [2, 'inspired_by_lokus', 'import.row.lokusNotFound'],
      [3, 'nip', 'import.row.notInCohort'],
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM projects').get()).toEqual({ n: 0 });
  });

  it('links a lokus named by its code or its name', async () => {
    db.prepare("INSERT INTO lokus (code, name) VALUES ('sby', 'Kota Surabaya')").run();
    const file = path.join(dir, 'lokus.csv');
    fs.writeFileSync(file, 'NIP,Judul,Lokus\n198701282013061004,Verolin,kota surabaya\n197701192006011003,Aladin,sby\n');
    expect(await projects(file)).toMatchObject({ added: 2, rejected: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM projects WHERE inspired_by_lokus_id IS NOT NULL').get()).toEqual({ n: 2 });
  });
});
