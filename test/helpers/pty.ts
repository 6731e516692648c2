// Drives `proper` under a real pseudo-terminal (tmux), the way an officer types at a keyboard:
// start it, wait until the expected text is on the screen, send keys, read the exit code.
// Waiting polls the screen instead of sleeping, so the tests are as fast as the program.
import { spawnSync } from 'node:child_process';
import { binPath, projectRoot } from './proper.js';

function tmuxWorks(): boolean {
  const result = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return result.status === 0;
}

export const hasTmux = tmuxWorks();
/** Why the pseudo-terminal tests are skipped on this machine. */
export const noTmuxReason = 'tmux is not installed: pseudo-terminal tests skipped (apt-get install -y tmux)';

export interface PtyOptions {
  /** Added to the child's environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** CI is removed from the child's environment (CI runners set CI=true), unless a value is given here. */
  ci?: string | undefined;
  cols?: number;
  rows?: number;
}

let sessions = 0;

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export class PtySession {
  private closed = false;

  private constructor(
    private readonly socket: string,
    private readonly name: string,
  ) {}

  /** Starts `node bin/proper.js ...args` in a detached tmux session of its own server. */
  static start(args: string[], options: PtyOptions = {}): PtySession {
    const socket = `proper-test-${process.pid}-${++sessions}`;
    const name = 'proper';
    const env = { NO_COLOR: undefined, PROPER_LANG: undefined, PROPER_DB: undefined, ...options.env, CI: options.ci };
    const unset = Object.entries(env).filter(([, v]) => v === undefined).map(([k]) => `-u ${k}`);
    const set = Object.entries(env).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${shellQuote(v!)}`);
    // The pane stays open after the program ends, so the last screen and the exit code can be read.
    const command = [
      `cd ${shellQuote(projectRoot)} &&`,
      'env', ...unset, ...set,
      shellQuote(process.execPath), shellQuote(binPath), ...args.map(shellQuote),
      '; echo "EXIT=$?"; sleep 600',
    ].join(' ');
    const session = new PtySession(socket, name);
    session.tmux(['new-session', '-d', '-s', name, '-x', String(options.cols ?? 120), '-y', String(options.rows ?? 40), command]);
    return session;
  }

  private tmux(args: string[]): string {
    const result = spawnSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }

  /** The whole screen and its scrollback, wrapped lines joined; with `escapes`, colours as ANSI codes. */
  screen({ escapes = false }: { escapes?: boolean } = {}): string {
    return this.tmux(['capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-S', '-', '-t', this.name]);
  }

  /** Waits until `expected` is on the screen (polling), and returns the screen; throws with it otherwise. */
  async waitFor(expected: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    for (;;) {
      screen = this.screen();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(expected)}. Screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** Presses keys by tmux name: Enter, Down, Up, Space, BSpace, C-c … */
  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  /** Waits for `expected`, then types `text` and presses Enter. */
  async answer(expected: string | RegExp, text: string): Promise<void> {
    await this.waitFor(expected);
    if (text !== '') this.type(text);
    this.press('Enter');
  }

  /** Waits for the program to end; its exit code and the final screen. */
  async exit(timeoutMs = 15_000): Promise<{ code: number; screen: string }> {
    const screen = await this.waitFor(/EXIT=\d+/, timeoutMs);
    const code = Number(/EXIT=(\d+)/.exec(screen)![1]);
    return { code, screen };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
