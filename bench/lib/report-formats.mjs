// SPEC §9 report figures beyond the json report: every format linear in its input (a cohort of
// 10,000 participants in table, html and xlsx within 2 s each, of 100,000 within 10× that), and
// `report lokus` without a filter on the 1,000,000-participant database within 3× of node -e 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, fmtInt, fmtMs, largeDb, median, node, runMeasured, sizeLabel } from './common.mjs';
import { compareProcesses } from './timing.mjs';

const FORMATS = ['table', 'html', 'xlsx'];

/** Median wall time of `proper report cohort CODE --format F --output FILE` over `runs` runs. */
function timeFormat(db, code, format, runs) {
  const out = path.join(os.tmpdir(), `proper-bench-report-${process.pid}.${format === 'table' ? 'txt' : format}`);
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      times.push(runMeasured(node, [bin, '--db', db, 'report', 'cohort', code, '--format', format, '--output', out], { useTime: false }).ms);
    }
  } finally {
    fs.rmSync(out, { force: true });
  }
  return median(times);
}

/**
 * sizes: participants in the one cohort measured (10,000 and 100,000 in a full run). Records each
 * figure with `record(figure, proper, anchor, ratio, target, pass)`.
 */
export async function reportFormats({ log, record, sizes, runs, reportDb, lokusRuns, useHyperfine }) {
  const at10k = {};
  for (const n of sizes) {
    const db = largeDb(n, log, n); // one cohort of n participants
    const code = runMeasured(node, [bin, '--db', db, 'cohort', 'list', '--json'], { useTime: false });
    const cohort = JSON.parse(code.stdout)[0].code;
    for (const format of FORMATS) {
      const ms = timeFormat(db, cohort, format, runs);
      if (n === 10_000) at10k[format] = ms;
      const base = at10k[format];
      const limit = n === 10_000 ? 2_000 : 20_000;
      const pass = ms <= limit;
      const growth = base && n !== 10_000 ? ` (${(ms / base).toFixed(1)}× the 10k time for ${n / 10_000}× the rows)` : '';
      log(`  report cohort --format ${format.padEnd(5)} ${fmtInt(n).padStart(9)} participants ${fmtMs(ms).padStart(10)}   target ≤ ${fmtMs(limit)} ${pass ? 'PASS' : 'FAIL'}${growth}`);
      record(`report ${format} (${sizeLabel(n)} participants)`, fmtMs(ms), n === 10_000 ? '' : `${fmtMs(base ?? 0)} at 10k`, base && n !== 10_000 ? `${(ms / base).toFixed(1)}×` : '', `≤ ${fmtMs(limit)}`, pass);
    }
  }
  const db = largeDb(reportDb, log);
  const cmds = [
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'proper report lokus --format json', argv: [node, bin, '--db', db, 'report', 'lokus', '--format', 'json'] },
  ];
  const { tool, results } = compareProcesses(cmds, { runs: lokusRuns, rounds: 3, useHyperfine });
  const anchor = results['node -e 0'].median;
  const r = results[cmds[1].name];
  const ratio = r.median / anchor;
  log(`  (${tool}) proper report lokus (no filter, ${sizeLabel(reportDb)} db) ${fmtMs(r.median).padStart(10)}   node -e 0 ${fmtMs(anchor).padStart(9)}   ratio ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? 'PASS' : 'FAIL'}`);
  record(`report lokus, no filter (${sizeLabel(reportDb)} db)`, fmtMs(r.median), `${fmtMs(anchor)} node -e 0`, `${ratio.toFixed(2)}×`, '≤ 3×', ratio <= 3);
}
