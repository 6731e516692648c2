import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/cli/context.js';
import { withoutColour } from '../../src/cli/uncoloured.js';
import { loadPrompts } from '../../src/cli/wizard.js';
import { BufferStream } from '../helpers/run.js';

const CYAN = '\u001b[36m';

async function ask(color: boolean, env: Record<string, string> = {}): Promise<string> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const stdout = new BufferStream(true, 80);
  const context = { env, stdin, stdout, stderr: new BufferStream(false) } as unknown as Context;
  const prompts = await loadPrompts(context, color);
  const answer = prompts.textPrompt(`${CYAN}Nama\u001b[39m`);
  setTimeout(() => stdin.write('Budi\r'), 20);
  expect(await answer).toBe('Budi');
  return stdout.text;
}

describe('prompts without colour', () => {
  it('drops colour codes and keeps cursor movements', () => {
    expect(withoutColour(`${CYAN}?\u001b[39m \u001b[1mNama\u001b[22m\u001b[2K\u001b[1G`)).toBe('? Nama\u001b[2K\u001b[1G');
  });

  it('--no-color (and NO_COLOR) uncolour what a prompt writes; with colour it is left alone', async () => {
    expect(await ask(false)).not.toContain(CYAN);
    expect(await ask(true, { NO_COLOR: '1' })).not.toContain(CYAN);
    const coloured = await ask(true);
    expect(coloured).toContain(CYAN);
    expect(coloured).toContain('Nama');
  });
});
