// One process running many proper commands in a row, in-process (dist/cli/main.js's run), each
// opening and closing the database as a separate `proper` process would. Used to put several
// processes at once on one database file without paying a Node start per command.
// Usage: node many-commands.mjs COMMANDS_JSON  (an array of argv arrays); prints
// [{ code, stderr }] as JSON on stdout.
import { run } from '../../dist/cli/main.js';

const commands = JSON.parse(process.argv[2]);
const results = [];
for (const argv of commands) {
  let stderr = '';
  const sink = { isTTY: false, write: () => true };
  const err = { isTTY: false, write: (text) => ((stderr += text), true) };
  const code = await run(argv, { ...process.env, NO_COLOR: '1' }, { stdout: sink, stderr: err });
  results.push({ code, stderr });
}
process.stdout.write(JSON.stringify(results));
