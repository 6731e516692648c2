// Destructive commands ask on a terminal and need --yes otherwise (SPEC §4).
import { InterruptedError, UsageError } from '../errors.js';
import type { Session } from './session.js';

export async function confirmDestructive(session: Session, question: string): Promise<void> {
  if (session.yes) return;
  if (!session.interactive) throw new UsageError('cli.error.needsYes');
  const { confirmPrompt } = await import('./prompts.js');
  const confirmed = await confirmPrompt(question);
  if (!confirmed) throw new InterruptedError();
}
