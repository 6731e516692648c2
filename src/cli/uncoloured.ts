// `--no-color` and NO_COLOR for the prompts: the prompt library paints its own marks and answers
// (decided by the process's environment, not by our flag), so what it writes is passed through a
// stream that drops the colour codes and keeps the cursor movements it draws the prompt with.
import { Writable } from 'node:stream';

/** SGR sequences (ESC [ … m): colour, bold, dim. Cursor moves and line erasing end in other letters. */
const SGR = /\u001b\[[0-9;]*m/gu;

/** `text` without colour codes. */
export function withoutColour(text: string): string {
  return text.replace(SGR, '');
}

/**
 * A writable that forwards to `target` without colour codes, and looks like the same terminal
 * (isTTY, columns, rows) so the prompt library lays its lines out for it.
 */
export function uncolouredStream(target: NodeJS.WritableStream): NodeJS.WritableStream {
  const tty = target as NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, done) {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      target.write(withoutColour(text), (error?: Error | null) => done(error ?? null));
    },
  });
  Object.defineProperties(stream, {
    isTTY: { get: () => tty.isTTY },
    columns: { get: () => tty.columns },
    rows: { get: () => tty.rows },
  });
  return stream as unknown as NodeJS.WritableStream;
}
