// SPEC §9 and §11: `followup due` and `report followup` on the 1,000,000-project database, each as a
// whole process beside `node -e 0` (target ≤ 3×), for one cohort (the middle one, as the cohort
// report figure). Also: whether the queries search indexes, and the in-process cost of the report
// over a whole year and over the whole database (informational: those lists run to tens of
// thousands of projects and are not meant for an interactive start-up budget).
import path from 'node:path';
import { bin, env, fmtInt, fmtMs, largeDb, median, node, root } from './common.mjs';
import { compareProcesses } from './timing.mjs';

const dist = (file) => import(new URL(`../../dist/${file}`, import.meta.url).href);
const AS_OF = env.PROPER_TODAY;

/** The plans of the follow-up queries: every table reached through an index. */
async function followupPlans(db, cohortId) {
  const seen = [];
  const prepare = db.prepare.bind(db);
  db.prepare = (sql) => (seen.push(sql), prepare(sql));
  const { followedProjects } = await dist('db/followups.js');
  followedProjects(db, { cohortId, asOf: AS_OF });
  db.prepare = prepare;
  return seen.map((sql) => prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ cohortId, year: null, program: null, asOf: AS_OF }).map((r) => r.detail));
}

async function inProcess(dbPath, scope, runs) {
  const { openDatabase } = await dist('db/open.js');
  const { buildFollowupReport } = await dist('report/build-followup.js');
  const db = openDatabase(dbPath);
  try {
    let projects = 0;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      projects = buildFollowupReport(db, { asOf: AS_OF, ...scope }).projects;
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return { ms: median(times), projects };
  } finally {
    db.close();
  }
}

export async function followupFigures({ log, size, runs, haveHyperfine, processRows, describeDb }) {
  const dbPath = largeDb(size, log);
  const info = await describeDb(dbPath);
  const { openDatabase } = await dist('db/open.js');
  const db = openDatabase(dbPath);
  let cohortId;
  let checks;
  try {
    cohortId = db.prepare('SELECT id FROM cohorts WHERE code = ?').get(info.cohort).id;
    checks = db.prepare('SELECT count(*) AS n FROM followup_checks').get().n;
    const plans = await followupPlans(db, cohortId);
    const scans = plans.flat().filter((d) => /^SCAN (?!\(subquery)/.test(d));
    log(`  database ${path.relative(root, dbPath)}: ${fmtInt(info.projects)} projects, ${fmtInt(checks)} follow-up checks; cohort ${info.cohort}`);
    log(`  follow-up query for one cohort: ${scans.length === 0 ? 'every table searched through an index' : `full scans: ${scans.join('; ')}`}`);
  } finally {
    db.close();
  }
  const cmds = [
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: `proper followup due --cohort ${info.cohort} --json`, argv: [node, bin, '--db', dbPath, 'followup', 'due', '--cohort', info.cohort, '--json'] },
    { name: `proper report followup --cohort ${info.cohort} --json`, argv: [node, bin, '--db', dbPath, 'report', 'followup', '--cohort', info.cohort, '--json'] },
  ];
  const { tool, results } = compareProcesses(cmds, { runs, rounds: 3, useHyperfine: haveHyperfine });
  log(`  (${tool}, ${results['node -e 0'].runs} runs each, as of ${AS_OF})`);
  processRows((name) => `${name.split(' --cohort')[0].replace('proper ', '')} --cohort X --json (1M db)`, results, [cmds[1].name, cmds[2].name], 3);

  const cohort = await inProcess(dbPath, { cohortId, cohort: info.cohort }, runs);
  log(`  buildFollowupReport in process, one cohort (${cohort.projects} projects): ${fmtMs(cohort.ms)} median`);
  const year = await inProcess(dbPath, { year: 2012 }, 3);
  log(`  buildFollowupReport in process, --year 2012 (${fmtInt(year.projects)} projects): ${fmtMs(year.ms)} median (informational)`);
  const all = await inProcess(dbPath, {}, 1);
  log(`  buildFollowupReport in process, whole database (${fmtInt(all.projects)} projects): ${fmtMs(all.ms)} (informational)`);
}
