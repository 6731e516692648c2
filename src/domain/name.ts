// How a name sorts: by the name itself, not by the academic or religious titles (gelar) written
// around it, so that "Dr. Rahmat, M.Si." sorts under R (DOMAIN.md, participants: the name is
// written as on the SK, titles included; the trial's officers look it up by the name).

/** Titles written before a name (gelar depan), with or without their dot; repeated ones are all dropped. */
const LEADING_TITLES = /^(?:(?:prof|dr|dra|drs|drg|ir|h|hj|kh|apt|ns)\.\s*|(?:prof|dr|dra|drs|drg|ir|hj)\s+)+/iu;

/**
 * The key a name sorts by: the name without its titles before (Dr., Dra., Drs., Ir., H., Hj.,
 * Prof. …) and after (everything from the first comma: ", S.E., M.Si."), lower-cased, with its
 * spaces collapsed. A name that is nothing but titles keeps its whole text as the key.
 * Example: sortKeyOfName('Prof. Dr. H. Rahmat Hidayat, S.E., M.Si.') === 'rahmat hidayat'.
 */
export function sortKeyOfName(name: string): string {
  const text = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const comma = text.indexOf(',');
  const withoutAfter = comma >= 0 ? text.slice(0, comma) : text;
  const bare = withoutAfter.replace(LEADING_TITLES, '').trim();
  return (bare === '' ? text : bare).toLocaleLowerCase('id');
}

/** Orders two names by their sort keys, then by their whole text (so the order is total). */
export function compareNames(a: string, b: string): number {
  const ka = sortKeyOfName(a);
  const kb = sortKeyOfName(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
