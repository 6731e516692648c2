// A project's milestones: when they are due (horizon) and how the examiners rated them.
import { aliasTable, lookupAlias } from './aliases.js';
import { fail, ok } from './result.js';
import type { Horizon, Rating, Result } from './types.js';
import { HORIZONS, RATINGS } from './types.js';

const HORIZON_WORDS = aliasTable<Horizon>({
  short: ['pendek', 'jangka pendek', 'short term', 'short-term'],
  medium: ['menengah', 'jangka menengah', 'medium term', 'medium-term', 'mid', 'mid-term'],
  long: ['panjang', 'jangka panjang', 'long term', 'long-term'],
});

const RATING_WORDS = aliasTable<Rating>({
  pending: ['belum', 'belum dinilai', 'not rated'],
  below: ['kurang', 'di bawah target', 'dibawah target', 'below target'],
  met: ['sesuai', 'sesuai target', 'tercapai', 'as planned', 'on target'],
  exceeded: ['melampaui', 'melebihi', 'melampaui target', 'beyond target'],
});

/** Reads a horizon: short/medium/long, pendek/menengah/panjang, "jangka pendek". */
export function parseHorizon(input: string): Result<Horizon> {
  const horizon = lookupAlias(HORIZON_WORDS, input);
  if (horizon === undefined) return fail('domain.milestone.horizon_unknown', { value: input.trim(), known: HORIZONS.join(', ') });
  return ok(horizon);
}

/** Reads a rating: pending/below/met/exceeded, belum/kurang/sesuai/melampaui. */
export function parseRating(input: string): Result<Rating> {
  const rating = lookupAlias(RATING_WORDS, input);
  if (rating === undefined) return fail('domain.milestone.rating_unknown', { value: input.trim(), known: RATINGS.join(', ') });
  return ok(rating);
}
