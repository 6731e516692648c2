// "Did you mean": the existing codes nearest to one that was mistyped (SPEC §4: an unknown cohort or
// lokus code is answered with the nearest existing codes). Pure; the caller reads the codes.

/**
 * Edit distance between two strings (insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1), or `cap + 1` as soon as it is known to exceed `cap`.
 */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Letters and digits only, lower case: "PKP XXII/2024" and "pkp-xxii-2024" compare equal. */
function folded(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Up to `limit` of `candidates` nearest to `wanted`, nearest first (ties in the candidates' order):
 * those within an edit distance of a third of its length (at least 2) once case and separators
 * are ignored, and those that contain it (a code typed in part, "xxii-2024").
 */
export function nearestCodes(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = folded(wanted);
  if (target === '') return [];
  const cap = Math.max(2, Math.floor(target.length / 3));
  const scored: { code: string; distance: number }[] = [];
  for (const code of candidates) {
    const other = folded(code);
    const distance = other.includes(target) ? 0.5 : editDistance(target, other, cap);
    if (distance <= cap) scored.push({ code, distance });
  }
  return scored
    .sort((x, y) => x.distance - y.distance)
    .slice(0, limit)
    .map((s) => s.code);
}
