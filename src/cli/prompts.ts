// The only file that imports the prompt library. Ctrl-C in a prompt becomes an InterruptedError (exit 130).
import { InterruptedError } from '../errors.js';

export async function confirmPrompt(message: string): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  try {
    return await confirm({ message, default: false });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError();
    throw error;
  }
}
