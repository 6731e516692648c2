// `node bench/run.js --scaling`: how cost grows with size, for bench/README.md.
//  - import of 10k, 100k and 1M rows: wall time, rows/s, µs per row, peak RSS (proper), beside
//    the sqlite3 shell's .import of the same file — should be linear (constant µs per row) and
//    memory flat (streamed, batched).
//  - cohort report (json) on databases of 10k, 100k and 1M participants with the same cohort size
//    (40), and on 100k participants in cohorts of 1,000: whole process, in-process build time,
//    peak RSS — should follow the cohort's size, not the database's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmtInt, fmtMs, largeDb, median, participantsCsv, runMeasured, sizeLabel } from './common.mjs';
import { properImportOnce, shellImportOnce } from './import.mjs';
import { compareProcesses } from './timing.mjs';

const RUNS = { 10_000: 5, 100_000: 3, 1_000_000: 2 };
const mb = (v) => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);

export async function scaling({ log, section, haveShell }) {
  const { describeDb, timeCohortBuild, cohortReportArgv } = await import('../report.mjs');
  section('scaling: import participants (proper, fresh database each run; median)');
  const importRows = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-scaling-'));
  try {
    for (const n of [10_000, 100_000, 1_000_000]) {
      const file = participantsCsv(n, log);
      const proper = [];
      const shell = [];
      for (let i = 0; i < RUNS[n]; i++) {
        proper.push(properImportOnce(file, n, dir));
        if (haveShell) shell.push(shellImportOnce(file, dir));
      }
      const ms = median(proper.map((r) => r.ms));
      const rss = Math.max(...proper.map((r) => r.rssMb ?? 0)) || null;
      const shellMs = shell.length ? median(shell.map((r) => r.ms)) : null;
      importRows.push([`${sizeLabel(n)}`, `${(ms / 1000).toFixed(2)} s`, fmtInt(n / (ms / 1000)), ((ms * 1000) / n).toFixed(1), mb(rss),
        shellMs === null ? 'n/a' : `${(shellMs / 1000).toFixed(2)} s`, shellMs === null ? 'n/a' : `${(shellMs / ms).toFixed(2)}×`, String(RUNS[n])]);
      log(`  ${sizeLabel(n)} done`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  table(log, ['rows', 'proper time', 'rows/s', 'µs/row', 'peak RSS', 'sqlite3 .import', 'throughput vs sqlite3', 'runs'], importRows);

  section('scaling: report cohort X --format json (whole process and in-process build; median)');
  const reportRows = [];
  for (const [n, per] of [[10_000, 40], [100_000, 40], [1_000_000, 40], [100_000, 1000]]) {
    const db = largeDb(n, log, per);
    const info = await describeDb(db);
    const build = await timeCohortBuild(db, info.cohort, 15);
    const { results } = compareProcesses([
      { name: 'node', argv: [process.execPath, '-e', '0'] },
      { name: 'report', argv: cohortReportArgv(db, info.cohort) },
    ], { runs: 15, rounds: 3 });
    const peak = runMeasured(cohortReportArgv(db, info.cohort)[0], cohortReportArgv(db, info.cohort).slice(1)).rssMb;
    reportRows.push([sizeLabel(info.participants), fmtInt(info.cohorts), String(info.cohortSize), fmtMs(results.report.median),
      fmtMs(results.node.median), `${(results.report.median / results.node.median).toFixed(2)}×`, fmtMs(build), mb(peak),
      `${(fs.statSync(db).size / 2 ** 20).toFixed(0)} MB`]);
    log(`  ${sizeLabel(n)} (cohorts of ${per}) done`);
  }
  table(log, ['participants', 'cohorts', 'cohort size', 'report process', 'node -e 0', 'ratio', 'build in process', 'peak RSS', 'db file'], reportRows);
}

function table(log, header, rows) {
  log('');
  log(`| ${header.join(' | ')} |`);
  log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) log(`| ${row.join(' | ')} |`);
}
