// The checked records of a participant import, as batches the writing pass awaits. A file of
// PARALLEL_FROM_BYTES or more is read and checked by a worker thread (src/import/check-worker.ts)
// while the main thread writes; a smaller one in the main thread, which then gives the event loop
// a turn every YIELD_EVERY_MS so that Ctrl-C is heard. Both give the same batches in line order.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InterruptedError } from '../errors.js';
import { currentLanguage } from '../i18n/index.js';
import { receivedError, type CheckWorkerData, type SourceFacts, type WorkerMessage } from './check-messages.js';
import { checkParticipants, type CheckedBatch, type CheckOptions } from './participant-check.js';
import { WarningLog } from './row-shape.js';
import { openImportSource, type ImportSource, type OpenImportOptions } from './source.js';

/**
 * Measured on 100,000 rows (15 MB): the worker's start and its own module loading cost about
 * 60 ms, so files below 1 MiB (about 6,000 rows) are read in the main thread.
 */
const PARALLEL_FROM_BYTES = 1 << 20;
const YIELD_EVERY_MS = 50;

export interface CheckedSource {
  /** The source's facts for the report; its warnings and encoding are final once `batches` ended. */
  source: ImportSource;
  batches: AsyncIterable<CheckedBatch>;
  /** Stops reading (the worker too) when `batches` is not read to the end. */
  close(): void;
}

export interface CheckedSourceOptions extends OpenImportOptions, CheckOptions {
  /** Aborted on Ctrl-C: waiting for the next batch ends with InterruptedError. */
  signal?: AbortSignal | undefined;
  /** Use the worker whatever the size (tests); false never. Default: by size. */
  parallel?: boolean | undefined;
}

/** Opens `file` (header found, columns mapped; errors thrown as openImportSource throws them). */
export async function openCheckedParticipants(file: string, options: CheckedSourceOptions): Promise<CheckedSource> {
  const { signal, parallel, today, continueAfterInvalid, ...open } = options;
  const check = { today, continueAfterInvalid };
  const script = workerScript();
  if (script !== undefined && (parallel ?? sizeOf(file) >= PARALLEL_FROM_BYTES)) return openInWorker(script, file, open, check, signal);
  const source = await openImportSource(file, open);
  return { source, batches: inMainThread(source, check), close: () => source.close() };
}

async function* inMainThread(source: ImportSource, check: CheckOptions): AsyncGenerator<CheckedBatch> {
  let turn = Date.now();
  for (const batch of checkParticipants(source, check)) {
    yield batch;
    if (Date.now() - turn >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = Date.now();
    }
  }
}

/** The compiled worker beside this module; undefined when running from the TypeScript sources (tests). */
function workerScript(): string | undefined {
  const script = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  return fs.existsSync(script) ? script : undefined;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

async function openInWorker(script: string, file: string, open: OpenImportOptions, check: CheckOptions, signal: AbortSignal | undefined): Promise<CheckedSource> {
  const inFlight = new SharedArrayBuffer(4);
  const data: CheckWorkerData = { file, open, check, language: currentLanguage(), inFlight };
  const inbox = new Inbox(new Worker(script, { workerData: data }), new Int32Array(inFlight), file, signal);
  try {
    const first = await inbox.next();
    if (first.type !== 'source') throw new Error(`the reading worker sent ${first.type} first`);
    const source = factsSource(first.facts, inbox);
    return { source, batches: inbox.batches(source), close: () => inbox.close() };
  } catch (error) {
    inbox.close();
    throw error;
  }
}

/** The main thread's side of the worker: its messages queued in order, its failure kept. */
class Inbox {
  private readonly queue: WorkerMessage[] = [];
  private wake: (() => void) | undefined;
  private failure: unknown;
  private ended = false;

  constructor(
    private readonly worker: Worker,
    private readonly inFlight: Int32Array,
    file: string,
    signal: AbortSignal | undefined,
  ) {
    const nudge = (): void => {
      this.wake?.();
      this.wake = undefined;
    };
    worker.on('message', (message: WorkerMessage) => {
      this.queue.push(message);
      nudge();
    });
    worker.on('error', (error) => {
      this.failure ??= error;
      nudge();
    });
    worker.on('exit', (code) => {
      if (!this.ended) this.failure ??= new Error(`the reading worker stopped (exit ${code})`);
      nudge();
    });
    signal?.addEventListener(
      'abort',
      () => {
        this.failure ??= new InterruptedError('import.error.interrupted', { file });
        nudge();
      },
      { once: true },
    );
  }

  /** The next message in order; Ctrl-C first, then what was queued, then the worker's failure. */
  async next(): Promise<WorkerMessage> {
    for (;;) {
      if (this.failure instanceof InterruptedError) throw this.failure;
      const message = this.queue.shift();
      if (message !== undefined) {
        if (message.type === 'error') throw receivedError(message.error);
        if (message.type === 'end') this.ended = true;
        return message;
      }
      if (this.failure !== undefined) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async *batches(source: ImportSource): AsyncGenerator<CheckedBatch> {
    for (;;) {
      const message = await this.next();
      if (message.type === 'end') {
        for (const note of message.warnings.list) source.warnings.add(note);
        source.warnings.count = message.warnings.count;
        encodingOf.set(source, message.encoding);
        return;
      }
      if (message.type !== 'batch') throw new Error(`the reading worker sent ${message.type} in the middle`);
      Atomics.sub(this.inFlight, 0, 1);
      Atomics.notify(this.inFlight, 0);
      // Written in a later turn of the event loop, not inside the port's delivery of messages: a
      // port delivers every queued message in one go, which would keep SIGINT waiting until the end.
      await new Promise((resolve) => setImmediate(resolve));
      yield { rows: message.rows, valid: message.valid, packed: JSON.parse(message.packed) as CheckedBatch['packed'], rejections: message.rejections };
    }
  }

  close(): void {
    this.ended = true;
    void this.worker.terminate();
  }
}

const encodingOf = new WeakMap<ImportSource, ImportSource['encoding']>();

/** An ImportSource made of the worker's facts; its records were read by the worker. */
function factsSource(facts: SourceFacts, inbox: Inbox): ImportSource {
  const source: ImportSource = {
    ...facts,
    get encoding() {
      return encodingOf.get(source);
    },
    warnings: new WarningLog(),
    records: [],
    close: () => inbox.close(),
  };
  return source;
}
