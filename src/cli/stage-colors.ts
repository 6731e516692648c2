// One colour per stage, the same in every table, record and message, so that an officer learns
// to read a list at a glance. Without colour (NO_COLOR, --no-color, not a terminal) only the name.
import type { ChalkInstance } from 'chalk';
import type { Stage } from '../domain/types.js';
import { stageName } from '../usecases/stage-names.js';
import type { Output } from './output.js';

export const STAGE_COLORS = {
  idea: 'gray',
  design: 'blue',
  implementation: 'yellow',
  presentation: 'magenta',
  adoption: 'green',
  dropped: 'red',
} as const satisfies Record<Stage, 'gray' | 'blue' | 'yellow' | 'magenta' | 'green' | 'red'>;

export { stageName };

/** The stage's name painted in its colour; `paint` is the Output's (a no-colour Chalk when plain). */
export function paintStage(paint: ChalkInstance, stage: Stage, text: string = stageName(stage)): string {
  return paint[STAGE_COLORS[stage]](text);
}

/** The stage's name, plain (for messages that are coloured as a whole, or none). */
export function stageLabel(stage: Stage | null): string {
  return stage === null ? '' : stageName(stage);
}

/** The stage's name in its colour (plain without colour). */
export function stageCell(out: Output, stage: Stage | null): string {
  return stage === null ? '' : paintStage(out.paint, stage);
}
