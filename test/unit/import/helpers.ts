import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportSource, MappedRecord } from '../../../src/import/source.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const fixture = (name: string): string => path.join(FIXTURES, name);
export const sample = (name: string): string => path.join(FIXTURES, 'samples', name);

export async function readAll(source: ImportSource): Promise<MappedRecord[]> {
  const all: MappedRecord[] = [];
  for await (const batch of source.records) all.push(...batch);
  return all;
}

export async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
