// A stage's name in the user's language, the one place it is looked up (messages and tables alike).
import type { Stage } from '../domain/types.js';
import { ALL_STAGES } from '../domain/types.js';
import { t } from '../i18n/index.js';

/** ide, rancangan, implementasi … in Indonesian; idea, design … in English. */
export function stageName(stage: Stage): string {
  return t(`project.stage.${stage}`);
}

/** The params of a stage rule's problem with every stage in them named in the user's language. */
export function withStageNames(params: Record<string, string | number> = {}): Record<string, string | number> {
  const named = { ...params };
  for (const name of ['stage', 'from', 'to', 'target', 'current']) {
    const value = named[name];
    if (typeof value === 'string' && (ALL_STAGES as readonly string[]).includes(value)) named[name] = stageName(value as Stage);
  }
  return named;
}
