// How a project lived on after the training (DOMAIN.md): kept by its unit, made official,
// copied by other units, or taken up by another region; and by whom.
import { aliasTable, lookupAlias } from './aliases.js';
import { fail, ok } from './result.js';
import type { AdoptionKind, Result } from './types.js';
import { ADOPTION_KINDS } from './types.js';

const KIND_WORDS = aliasTable<AdoptionKind>({
  sustained: ['berlanjut', 'dilanjutkan', 'keberlanjutan', 'berkelanjutan', 'lanjut'],
  institutionalized: ['institutionalised', 'dilembagakan', 'pelembagaan', 'kelembagaan', 'institusionalisasi'],
  replicated: ['replikasi', 'direplikasi', 'replicate'],
  adopted_elsewhere: ['adopted elsewhere', 'diadopsi', 'diadopsi daerah lain', 'adopsi daerah lain', 'diadopsi instansi lain'],
});

/** Reads an adoption kind in English or Indonesian (berlanjut, dilembagakan, replikasi, diadopsi daerah lain). */
export function parseAdoptionKind(input: string): Result<AdoptionKind> {
  const kind = lookupAlias(KIND_WORDS, input);
  if (kind === undefined) return fail('domain.adoption.kind_unknown', { value: input.trim(), known: ADOPTION_KINDS.join(', ') });
  return ok(kind);
}

/** The adopting agencies or units, trimmed, without blanks or repeats; at least one is required. */
export function parseAdopters(inputs: readonly string[]): Result<string[]> {
  const adopters: string[] = [];
  for (const input of inputs) {
    const name = input.trim().replace(/\s+/g, ' ');
    if (name !== '' && !adopters.some((a) => a.toLowerCase() === name.toLowerCase())) adopters.push(name);
  }
  if (adopters.length === 0) return fail('domain.adoption.adopters_required');
  return ok(adopters);
}

/**
 * Adopters typed in one piece of text (a prompt's answer, an import cell): separated by semicolons,
 * line breaks or `|`; commas belong to names ("Dinas Kominfo, Kota Medan" is one agency). Each
 * `--by` option is one adopter already and is never split.
 */
export function splitAdopters(value: string | null | undefined): string[] {
  return (value ?? '').split(/[;\n|]/).map((s) => s.trim()).filter((s) => s !== '');
}
