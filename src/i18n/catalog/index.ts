import type { Catalog } from './types.js';
import { commonMessages } from './common.js';
import { importMessages } from './import.js';
import { reportMessages } from './report.js';
import { dbMessages } from './db.js';
import { cliMessages } from './cli.js';
import { cohortMessages } from './cohort.js';
import { domainMessages } from './domain.js';

// Every area's messages. Add an area by importing it here and listing it in both places;
// a key defined in two areas is caught by test/unit/i18n.test.ts.
export const catalogParts: Record<string, Catalog> = {
  domain: domainMessages,
  common: commonMessages,
  import: importMessages,
  report: reportMessages,
  db: dbMessages,
  cli: cliMessages,
  cohort: cohortMessages,
};

export const catalog = {
  ...domainMessages,
  ...commonMessages,
  ...importMessages,
  ...reportMessages,
  ...dbMessages,
  ...cliMessages,
  ...cohortMessages,
};
