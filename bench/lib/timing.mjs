// Whole-process timing of several commands side by side: hyperfine when it is installed (in
// rounds, the order of the commands alternating between rounds), else an interleaved loop of our
// own. Either way the figure is the median wall time of every run of a command, in ms.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env, has, median } from './common.mjs';

const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);

/**
 * commands: [{ name, argv: [file, ...args] }]. Returns { tool, runs, results: { [name]: { median, times } } }.
 * Every command must exit 0 (checked once before timing).
 */
export function compareProcesses(commands, { runs = 15, rounds = 3, useHyperfine = has('hyperfine') } = {}) {
  for (const { name, argv } of commands) {
    const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr.slice(-1500)}`);
  }
  const times = Object.fromEntries(commands.map((c) => [c.name, []]));
  if (useHyperfine) {
    const perRound = Math.max(2, Math.ceil(runs / rounds));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proper-bench-hf-'));
    try {
      for (let round = 0; round < rounds; round++) {
        const ordered = round % 2 ? [...commands].reverse() : commands;
        const json = path.join(dir, `round-${round}.json`);
        const r = spawnSync('hyperfine', ['-N', '--style', 'none', '--warmup', '2', '--runs', String(perRound), '--export-json', json,
          ...ordered.map((c) => c.argv.map(quote).join(' '))], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
        if (r.status !== 0) throw new Error(`hyperfine failed: ${r.stderr.slice(-1500)}`);
        const { results } = JSON.parse(fs.readFileSync(json, 'utf8'));
        results.forEach((result, i) => times[ordered[i].name].push(...result.times.map((s) => s * 1000)));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } else {
    const once = ({ argv }) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(argv[0], argv.slice(1), { stdio: 'ignore', env });
      if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (const c of commands) once(c); // warm the page cache
    const n = Math.max(15, runs);
    for (let i = 0; i < n; i++) {
      const ordered = i % 2 ? [...commands].reverse() : commands;
      for (const c of ordered) times[c.name].push(once(c));
    }
  }
  return {
    tool: useHyperfine ? 'hyperfine' : 'interleaved loop',
    results: Object.fromEntries(Object.entries(times).map(([name, ts]) => [name, { median: median(ts), times: ts, runs: ts.length }])),
  };
}
