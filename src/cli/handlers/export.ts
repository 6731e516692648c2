// proper export TABLE: streams the table's rows to stdout or --output, waiting for the stream to
// drain between chunks so memory stays bounded however large the table.
import { once } from 'node:events';
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { exportChunks, parseExportFormat, parseExportTable } from '../../usecases/export.js';
import type { ExportProgress } from '../../usecases/export.js';
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
  await withSession(invocation, async ({ db, out }) => {
    const stdout = out.stdout as unknown as Writable;
    const target = output === undefined ? stdout : openOutput(output);
    const progress: ExportProgress = { rows: 0 };
    try {
      for (const chunk of exportChunks(db, table, format, progress)) {
        if (!target.write(chunk)) await once(target, 'drain');
      }
    } finally {
      if (target !== stdout) {
        target.end();
        await once(target, 'finish');
      }
    }
    if (output !== undefined) out.success(t('cli.export.written', { rows: progress.rows, table, path: output }));
  }, { mode: 'read' });
}

/** The output file, opened now so that a bad path is a clear usage error (2) before any work. */
function openOutput(path: string): Writable {
  try {
    return createWriteStream(path, { fd: openSync(path, 'w') });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError('reportcli.error.cannotWrite', { path, reason, field: '--output' });
  }
}
