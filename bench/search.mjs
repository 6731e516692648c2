// Figure 5 of `npm run bench` alone (SPEC §9/§12): search as a whole process vs node -e 0, the
// similarity check of project add in process, the index's cost on an import of projects.
//   npm run build && node bench/search.mjs [--quick]      (builds or reuses the cached 1M database)
import { fmtInt, fmtMs, has, largeDb, sizeLabel } from './lib/common.mjs';
import { importIndexCost, indexFacts, searchProcesses, similarityCheck } from './lib/search.mjs';

const quick = process.argv.includes('--quick');
const size = quick ? 100_000 : 1_000_000;
const db = largeDb(size, console.log);
const facts = await indexFacts(db);
console.log(`index: ${(facts.indexBytes / 2 ** 20).toFixed(0)} MB of the ${(facts.fileBytes / 2 ** 20).toFixed(0)} MB file; matches: ${facts.counts.map((c) => `"${c.query}" ${fmtInt(c.matches)}`).join(', ')}`);
const { cmds, tool, results } = searchProcesses(db, { runs: quick ? 9 : 21, useHyperfine: has('hyperfine') });
const anchor = results['node -e 0'].median;
console.log(`(${tool}) node -e 0 ${fmtMs(anchor)}`);
for (const { name } of cmds.slice(1)) {
  const r = results[name];
  console.log(`${name.padEnd(44)} ${fmtMs(r.median).padStart(10)}  ratio ${(r.median / anchor).toFixed(2)}× (target ≤ 3×)  fastest ${(Math.min(...r.times) / Math.min(...results['node -e 0'].times)).toFixed(2)}×`);
}
const check = await similarityCheck(db);
console.log(`similarity check (${sizeLabel(size)} db, ${check.samples} new titles): median ${fmtMs(check.median)}, slowest ${fmtMs(check.max)} (target ≤ 50 ms); ${check.warned} warned`);
const n = quick ? 1000 : 5000;
const cost = await importIndexCost(n, quick ? 1 : 3);
console.log(`import projects ${fmtInt(n)} rows: ${fmtMs(cost.indexed)} with the index and the check, ${fmtMs(cost.plain)} with the triggers dropped: ${(cost.indexed / cost.plain).toFixed(2)}×`);
