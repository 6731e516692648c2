// The reports and the model each renders from.
import type { CohortReport } from './cohort-model.js';
import type { LokusReport } from './lokus-model.js';
import type { SummaryReport } from './summary-model.js';
import type { OriginalityReport } from './originality-model.js';
import { originalityDocument } from './originality-document.js';
import { cohortDocument, lokusDocument, summaryDocument } from './document.js';
import type { ReportDocument } from './document.js';

export type ReportKind = 'cohort' | 'lokus' | 'summary' | 'originality';

export interface ReportModels {
  cohort: CohortReport;
  lokus: LokusReport;
  summary: SummaryReport;
  originality: OriginalityReport;
}

export type AnyReportModel = ReportModels[ReportKind];

export function buildDocument<K extends ReportKind>(kind: K, model: ReportModels[K]): ReportDocument {
  switch (kind) {
    case 'cohort':
      return cohortDocument(model as CohortReport);
    case 'lokus':
      return lokusDocument(model as LokusReport);
    case 'originality':
      return originalityDocument(model as OriginalityReport);
    default:
      return summaryDocument(model as SummaryReport);
  }
}
