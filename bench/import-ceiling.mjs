// The import's figure of SPEC §9 alone: `proper import participants` of the generated N-row list
// beside the schema's ceiling (bench/lib/ceiling.mjs), each a median of RUNS runs, proper and the
// ceiling alternating round by round so that both meet the same load. Prints the load average.
// Run: npm run build && node bench/import-ceiling.mjs [N] [--runs R]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmtInt, median, participantsCsv } from './lib/common.mjs';
import { ceilingRuns } from './lib/ceiling.mjs';
import { properImportOnce } from './lib/import.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const n = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 100_000);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`import vs schema ceiling, ${fmtInt(n)} rows, ${RUNS} rounds; load ${load()}`);
const file = participantsCsv(n, console.log);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-ic-'));
const proper = [];
const rss = [];
const ceiling = [];
try {
  for (let r = 0; r < RUNS; r++) {
    const run = properImportOnce(file, n, dir);
    proper.push(run.ms);
    if (run.rssMb !== null) rss.push(run.rssMb);
    ceiling.push(ceilingRuns(file, n, 1).ms);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const p = median(proper);
const c = median(ceiling);
const s = (xs) => xs.map((ms) => (ms / 1000).toFixed(2)).join('/');
console.log(`  proper  ${(p / 1000).toFixed(2)} s (${s(proper)}) ${fmtInt(n / (p / 1000))} rows/s, peak ${Math.max(...rss).toFixed(0)} MB`);
console.log(`  ceiling ${(c / 1000).toFixed(2)} s (${s(ceiling)}) ${fmtInt(n / (c / 1000))} rows/s`);
console.log(`  proper is ${(c / p).toFixed(2)}× the ceiling (target ≥ 0.8×); load ${load()}`);
