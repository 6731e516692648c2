// Officers type the same value many ways ("Laki - laki", "LAKI-LAKI", "laki laki"). Lists of
// accepted words are matched on a compact form: lower case, accents and punctuation removed.

/** Lower case, without accents, spaces or punctuation: "Laki - laki" → "lakilaki". */
export function compactWord(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Builds a lookup from each value to the words that mean it; the value itself always counts. */
export function aliasTable<V extends string>(words: Record<V, readonly string[]>): ReadonlyMap<string, V> {
  const table = new Map<string, V>();
  for (const [value, aliases] of Object.entries(words) as [V, readonly string[]][]) {
    for (const word of [value, ...aliases]) table.set(compactWord(word), value);
  }
  return table;
}

/** The value that `input` names in `table`, or undefined. */
export function lookupAlias<V extends string>(table: ReadonlyMap<string, V>, input: string): V | undefined {
  const word = compactWord(input);
  return word === '' ? undefined : table.get(word);
}
