#!/usr/bin/env node
import { run } from '../dist/cli/main.js';

// A reader that stops early (`proper … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
