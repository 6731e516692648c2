// proper export TABLE: streams the table's rows to stdout or --output, chunk by chunk, so memory
// stays bounded however large the table. A file is written through the one output writer
// (src/db/output-file.ts): whole or not at all, 0600, never over the database.
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { openOutputFile, type OutputFile } from '../../db/output-file.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { exportChunks, exportRows, parseExportFormat, parseExportTable } from '../../usecases/export.js';
import type { ExportProgress } from '../../usecases/export.js';
import type { OutStream } from '../context.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';

interface ExportOptions {
  format?: string;
  output?: string;
}

export async function exportTable(invocation: Invocation<ExportOptions>): Promise<void> {
  const [name] = invocation.args as [string];
  const table = parseExportTable(name);
  const format = parseExportFormat(invocation.opts.format, Boolean(invocation.globals.json));
  const { output } = invocation.opts;
  if (format === 'xlsx' && output === undefined) throw new UsageError('export.error.xlsxNeedsOutput', { table: name });
  await withSession(
    invocation,
    async ({ db, dbPath, out }) => {
      const progress: ExportProgress = { rows: 0 };
      if (output === undefined) {
        // xlsx without --output was refused above.
        for (const chunk of exportChunks(db, table, format as Exclude<typeof format, 'xlsx'>, progress)) await writeStdout(out.stdout, chunk);
        return;
      }
      // Opened before any work, so that a refused or unwritable path is a clear error at once.
      const file: OutputFile = openOutputFile(output, { guard: { database: dbPath }, field: '--output' });
      try {
        if (format === 'xlsx') {
          const { writeExportXlsx } = await import('../../report/export-xlsx.js');
          const { fields, rows } = exportRows(db, table);
          const stream = writableOver(file);
          await writeExportXlsx(stream, table, fields, rows, progress);
          if (!stream.writableFinished) await once(stream, 'finish');
        } else {
          for (const chunk of exportChunks(db, table, format, progress)) file.write(chunk);
        }
        file.commit();
      } finally {
        file.abort();
      }
      out.success(t('cli.export.written', { rows: progress.rows, table, path: output }));
    },
    { mode: 'read' },
  );
}

/** A stream (for exceljs's streaming writer) whose bytes go to the output file. */
function writableOver(file: OutputFile): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        file.write(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/** Writes a chunk and waits for a slow reader to drain, when stdout is a stream that can say so. */
async function writeStdout(stdout: OutStream, chunk: string): Promise<void> {
  if (stdout.write(chunk)) return;
  const emitter = stdout as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === 'function' && !(stdout as { destroyed?: boolean }).destroyed) await once(emitter as NodeJS.EventEmitter, 'drain');
}
