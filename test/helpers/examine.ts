// What `proper doctor` does through its session (src/cli/session.ts withInspection): open the
// file as it is when the examination asks, examine, close.
import { type Db, openForInspection } from '../../src/db/open.js';
import { type DoctorReport, examineDatabase, type ExamineOptions } from '../../src/usecases/doctor.js';

export function examine(path: string, today: Date, options: ExamineOptions = {}): DoctorReport {
  let db: Db | null = null;
  try {
    return examineDatabase(path, () => (db = openForInspection(path)), today, process.platform, options);
  } finally {
    (db as Db | null)?.close();
  }
}
