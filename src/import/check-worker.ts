// The reading worker of a large participant import (node:worker_threads): opens the source, reads,
// decodes, parses and checks every record (src/import/participant-check.ts) while the main thread
// writes the previous batches, and posts them in line order (src/import/check-messages.ts). It never
// touches the database or any output file: those stay with the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { setLanguage } from '../i18n/index.js';
import { MAX_IN_FLIGHT, sendableError, type CheckWorkerData, type WorkerMessage } from './check-messages.js';
import { checkParticipants, type Rejection } from './participant-check.js';
import { openImportSource } from './source.js';

/** Rows gathered into one message: fewer, larger messages cost the main thread fewer turns. */
const ROWS_PER_MESSAGE = 2000;

const data = workerData as CheckWorkerData;
const port = parentPort!;
const inFlight = new Int32Array(data.inFlight);

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

/** Waits while MAX_IN_FLIGHT batches are still to be taken, then counts one more. */
function postBatch(rows: number, valid: number, packed: (string | null)[], rejections: Rejection[]): void {
  for (;;) {
    const waiting = Atomics.load(inFlight, 0);
    if (waiting < MAX_IN_FLIGHT) break;
    Atomics.wait(inFlight, 0, waiting);
  }
  Atomics.add(inFlight, 0, 1);
  post({ type: 'batch', rows, valid, packed: JSON.stringify(packed), rejections });
}

async function read(): Promise<void> {
  setLanguage(data.language);
  const source = await openImportSource(data.file, data.open);
  const { file, format, delimiter, sheet, headerLine, header, mapping, unknownColumns, duplicateColumns } = source;
  post({ type: 'source', facts: { file, format, delimiter, sheet, headerLine, header, mapping, unknownColumns, duplicateColumns } });
  let rows = 0;
  let valid = 0;
  let packed: (string | null)[] = [];
  let rejections: Rejection[] = [];
  for (const batch of checkParticipants(source, data.check)) {
    rows += batch.rows;
    valid += batch.valid;
    for (const value of batch.packed) packed.push(value);
    for (const rejection of batch.rejections) rejections.push(rejection);
    if (rows >= ROWS_PER_MESSAGE) {
      postBatch(rows, valid, packed, rejections);
      rows = 0;
      valid = 0;
      packed = [];
      rejections = [];
    }
  }
  if (rows > 0) postBatch(rows, valid, packed, rejections);
  post({ type: 'end', warnings: { list: source.warnings.list, count: source.warnings.count }, encoding: source.encoding });
}

read().catch((error: unknown) => post({ type: 'error', error: sendableError(error) }));
