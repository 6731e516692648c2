// Destructive commands ask on a terminal and need --yes otherwise (SPEC §4).
import { InterruptedError, UsageError } from '../errors.js';
import type { Session } from './session.js';

// Answering "n" is treated like Ctrl-C: exit 130, nothing written.
export async function confirmDestructive(session: Pick<Session, 'yes' | 'interactive' | 'context'> & { out?: { color: boolean } }, question: string, needsYes = 'cli.error.needsYes'): Promise<void> {
  if (session.yes) return;
  if (!session.interactive) throw new UsageError(needsYes);
  const { loadPrompts } = await import('./wizard.js');
  const confirmed = await (await loadPrompts(session.context, session.out?.color ?? true)).confirmPrompt(question);
  if (!confirmed) throw new InterruptedError();
}
