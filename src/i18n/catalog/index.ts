import type { Catalog } from './types.js';
import { commonMessages } from './common.js';
import { importMessages } from './import.js';
import { reportMessages } from './report.js';
import { dbMessages } from './db.js';
import { cliMessages } from './cli.js';
import { cohortMessages } from './cohort.js';
import { demoMessages } from './demo.js';
import { adminMessages } from './admin.js';
import { auditMessages } from './audit.js';
import { participantMessages } from './participant.js';
import { lokusMessages } from './lokus.js';
import { visitMessages } from './visit.js';
import { domainMessages } from './domain.js';
import { projectMessages } from './project.js';
import { milestoneMessages } from './milestone.js';
import { configMessages } from './config.js';
import { reportCliMessages } from './reportcli.js';
import { exportMessages } from './export.js';
import { searchMessages } from './search.js';
import { storageMessages } from './storage.js';
import { followupMessages } from './followup.js';
import { importFilesMessages } from './importfiles.js';
import { textMessages } from './text.js';
import { safetyMessages } from './safety.js';
import { reportAdditionMessages } from './report-additions.js';

// Every area's messages. Add an area by importing it here and listing it in both places;
// a key defined in two areas is caught by test/unit/i18n.test.ts.
export const catalogParts: Record<string, Catalog> = {
  domain: domainMessages,
  project: projectMessages,
  milestone: milestoneMessages,
  config: configMessages,
  common: commonMessages,
  import: importMessages,
  report: reportMessages,
  db: dbMessages,
  cli: cliMessages,
  cohort: cohortMessages,
  demo: demoMessages,
  admin: adminMessages,
  audit: auditMessages,
  participant: participantMessages,
  lokus: lokusMessages,
  visit: visitMessages,
  reportcli: reportCliMessages,
  export: exportMessages,
  search: searchMessages,
  storage: storageMessages,
  followup: followupMessages,
  importfiles: importFilesMessages,
  text: textMessages,
  safety: safetyMessages,
  reportAdditions: reportAdditionMessages,
};

export const catalog = {
  ...domainMessages,
  ...textMessages,
  ...projectMessages,
  ...milestoneMessages,
  ...configMessages,
  ...commonMessages,
  ...importMessages,
  ...reportMessages,
  ...dbMessages,
  ...cliMessages,
  ...cohortMessages,
  ...demoMessages,
  ...adminMessages,
  ...auditMessages,
  ...participantMessages,
  ...lokusMessages,
  ...visitMessages,
  ...reportCliMessages,
  ...exportMessages,
  ...searchMessages,
  ...storageMessages,
  ...followupMessages,
  ...importFilesMessages,
  ...safetyMessages,
  ...reportAdditionMessages,
};
