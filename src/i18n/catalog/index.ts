import type { Catalog } from './types.js';
import { commonMessages } from './common.js';

// Every area's messages. Add an area by importing it here and listing it in both places;
// a key defined in two areas is caught by test/unit/i18n.test.ts.
export const catalogParts: Record<string, Catalog> = {
  common: commonMessages,
};

export const catalog = {
  ...commonMessages,
};
