// A cheaper way into the trigram index for queries that few rows match. FTS5 finds a word as the
// phrase of all its trigrams, and for "perizinan daring" walks the lists of all eleven, most of
// them in a fifth of the projects ("ina", "nan", "per"): 60–90 ms at 1,000,000 projects for 686
// matches. The rarest trigram of each word ("riz", "rin") names about as many rows as match
// (897), in 2 ms; the caller then keeps those whose text holds every word (bench/README.md).
import { foldText } from '../domain/search-rank.js';
import type { Db } from './open.js';

/** How many of a trigram's newest rows are looked at to guess how common it is. */
const PROBE = 100;

/**
 * Above this many guessed candidates the full phrase query is cheaper than reading each
 * candidate's text (about 15 µs a row, against the index's own phrase check).
 */
export const NARROW_LIMIT = 3000;

const SQL = {
  newest: 'SELECT rowid FROM search_projects ORDER BY rowid DESC LIMIT 1',
  probe: 'SELECT rowid FROM search_projects WHERE search_projects MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
} as const;

/** The trigrams of a folded word, by code point, each once. */
function trigrams(word: string): string[] {
  const chars = [...word];
  const found = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) found.add(chars.slice(i, i + 3).join(''));
  return [...found];
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * An FTS5 expression (every word's two rarest trigrams, all required) naming a superset of the
 * projects holding every word, when that superset is guessed small (≤ NARROW_LIMIT rows); null
 * when the full phrase query is the cheaper way. How common a trigram is comes from how far back
 * its newest PROBE rows reach (one index lookup each). `words` are the indexed words, as typed.
 */
export function narrowedProjectMatch(db: Db, words: readonly string[]): string | null {
  const newest = (db.prepare(SQL.newest).get() as { rowid: number } | undefined)?.rowid ?? 0;
  if (newest === 0) return null;
  const probe = db.prepare(SQL.probe);
  /** Rows holding `trigram`, guessed: PROBE over the share of ids its newest PROBE rows span. */
  const guess = (trigram: string) => {
    const row = probe.get(quoted(trigram), PROBE - 1) as { rowid: number } | undefined;
    return row === undefined ? PROBE : (PROBE * newest) / (newest - row.rowid + 1);
  };
  let expected = newest;
  const terms: string[] = [];
  for (const word of words) {
    const rarest = trigrams(foldText(word))
      .map((trigram) => ({ trigram, rows: guess(trigram) }))
      .sort((a, b) => a.rows - b.rows)
      .slice(0, 2);
    if (rarest.length === 0) return null;
    expected *= rarest[0]!.rows / newest;
    terms.push(...rarest.map((r) => quoted(r.trigram)));
  }
  return expected <= NARROW_LIMIT ? terms.join(' ') : null;
}
