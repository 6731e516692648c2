import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, catalogParts } from '../../src/i18n/catalog/index.js';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('the message catalogue', () => {
  const entries = Object.entries(catalogParts).flatMap(([part, messages]) =>
    Object.entries(messages).map(([key, message]) => ({ part, key, message })),
  );

  it('has non-empty Indonesian and English texts for every key', () => {
    for (const { key, message } of entries) {
      expect(message.id.trim(), `${key} id`).not.toBe('');
      expect(message.en.trim(), `${key} en`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const { key, message } of entries) {
      expect(placeholders(message.id), key).toEqual(placeholders(message.en));
    }
  });

  it('defines no key in two catalogue parts', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { part, key } of entries) {
      const earlier = seen.get(key);
      if (earlier !== undefined) duplicates.push(`${key} (${earlier}, ${part})`);
      seen.set(key, part);
    }
    expect(duplicates).toEqual([]);
  });

  it('holds every part in the merged catalogue', () => {
    for (const { key } of entries) expect(Object.hasOwn(catalog, key), key).toBe(true);
    expect(Object.keys(catalog)).toHaveLength(entries.length);
  });

  it('has a message for every problem key the domain rules can return', () => {
    const dir = new URL('../../src/domain/', import.meta.url);
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/'(domain\.[a-z0-9_.]+[a-z0-9_])'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(40);
    for (const key of used) expect(Object.hasOwn(catalog, key), key).toBe(true);
  });
});
