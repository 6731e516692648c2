import { describe, expect, it } from 'vitest';
import { parseHorizon, parseRating } from '../../src/domain/milestone.js';

describe('parseHorizon', () => {
  it.each([
    ['short', 'short'], ['pendek', 'short'], ['Jangka Pendek', 'short'], ['medium', 'medium'], ['menengah', 'medium'],
    ['jangka menengah', 'medium'], ['long', 'long'], ['panjang', 'long'], ['JANGKA PANJANG', 'long'],
  ])('reads "%s" as %s', (input, horizon) => {
    expect(parseHorizon(input)).toEqual({ ok: true, value: horizon });
  });

  it('rejects an unknown horizon', () => {
    expect(parseHorizon('besok')).toMatchObject({ ok: false, problem: { key: 'domain.milestone.horizon_unknown', params: { value: 'besok' } } });
  });
});

describe('parseRating', () => {
  it.each([
    ['pending', 'pending'], ['belum', 'pending'], ['below', 'below'], ['kurang', 'below'], ['met', 'met'], ['sesuai', 'met'],
    ['exceeded', 'exceeded'], ['Melampaui', 'exceeded'],
  ])('reads "%s" as %s', (input, rating) => {
    expect(parseRating(input)).toEqual({ ok: true, value: rating });
  });

  it('rejects an unknown rating', () => {
    expect(parseRating('bagus')).toMatchObject({ ok: false, problem: { key: 'domain.milestone.rating_unknown' } });
  });
});
