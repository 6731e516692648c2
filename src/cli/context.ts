// Everything a run of proper takes from the world outside it: the environment, the three standard
// streams and whether they are terminals, and the clock. main.ts builds it once from the process;
// tests build it from buffers (test/helpers/run.ts). Nothing below main.ts reads the process's
// environment, its standard streams or the system clock itself: it is handed this.
import { homedir } from 'node:os';

export type Env = Readonly<Record<string, string | undefined>>;

/** An output stream as proper uses it: written to, maybe a terminal of some width. */
export interface OutStream {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Standard input as proper uses it: read by prompts, maybe a terminal. */
export type InStream = NodeJS.ReadableStream & { readonly isTTY?: boolean };

export interface Context {
  env: Env;
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  /** The clock (for timestamps and durations); `today` is the date commands reason about. */
  now: () => Date;
  /** Today at noon local time: PROPER_TODAY (YYYY-MM-DD) when set, so tests and demos can fix it. */
  today: Date;
  platform: NodeJS.Platform;
  home: string;
  /**
   * Listens for Ctrl-C (SIGINT) until released: while held, the signal no longer ends the process
   * but aborts the returned AbortSignal, for a command that can stop cleanly (a long import). A
   * second Ctrl-C ends the process as usual. Absent (tests, embedding programs): nothing listens.
   */
  interrupts?: () => Interruption;
}

/** A hold on Ctrl-C: `signal` aborts at the first one; release() gives the signal back to the process. */
export interface Interruption {
  signal: AbortSignal;
  release(): void;
}

/** What a test (or an embedding program) may replace; main.ts supplies the process's own. */
export type ContextOverrides = Partial<Omit<Context, 'env' | 'today'>>;

/** The context of one run: `world` gives the streams, clock, platform and home; today follows from env and the clock. */
export function createContext(env: Env, world: Omit<Context, 'env' | 'today' | 'home'> & { home?: string }): Context {
  return { ...world, env, today: todayFrom(env, world.now), home: world.home ?? safeHome() };
}

/** PROPER_TODAY when it is a date, otherwise the clock's date; at noon so no time zone moves the day. */
export function todayFrom(env: Env, now: () => Date): Date {
  const fixed = env.PROPER_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T12:00:00`);
  return now();
}

function safeHome(): string {
  try {
    return homedir();
  } catch {
    return '.';
  }
}
