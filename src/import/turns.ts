// A long import hears Ctrl-C (issue 12): its rows are read synchronously, batch by batch, and a
// signal is only delivered when the event loop gets a turn. These give it one now and then, and
// stop the import at the next batch once the signal came; the caller then rolls back.
import { InterruptedError } from '../errors.js';

const YIELD_EVERY_MS = 50;

/**
 * `items` as an async iterable that gives the event loop a turn every YIELD_EVERY_MS (a turn costs
 * about a microsecond) and throws InterruptedError (exit 130, naming `file`) before the next item
 * once `signal` is aborted.
 */
export async function* inTurns<T>(items: Iterable<T>, signal?: AbortSignal, file = ''): AsyncGenerator<T> {
  let turn = Date.now();
  for (const item of items) {
    throwIfInterrupted(signal, file);
    yield item;
    if (Date.now() - turn >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = Date.now();
    }
  }
  throwIfInterrupted(signal, file);
}

/** InterruptedError (exit 130) when `signal` is aborted: "FILE was interrupted; nothing was saved". */
export function throwIfInterrupted(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) throw new InterruptedError('import.error.interrupted', { file });
}
