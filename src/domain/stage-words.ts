// The words a stage is written with, in English, Indonesian and the training guidelines' phrasing.
import { aliasTable, lookupAlias } from './aliases.js';
import { fail, ok } from './result.js';
import type { Result, Stage } from './types.js';
import { ALL_STAGES } from './types.js';

/** The words each stage is known by besides its English name; the first is its Indonesian name. */
export const STAGE_ALIASES: Readonly<Record<Stage, readonly string[]>> = {
  idea: ['ide', 'gagasan', 'area perubahan'],
  design: ['rancangan', 'desain', 'perancangan', 'rancangan proyek', 'seminar rancangan'],
  implementation: ['implementasi', 'pelaksanaan', 'laboratorium kepemimpinan', 'lab kepemimpinan'],
  presentation: ['presentasi', 'seminar', 'seminar laporan', 'seminar akhir', 'seminar laporan akhir', 'laporan akhir', 'paparan'],
  adoption: ['adopsi', 'keberlanjutan', 'diadopsi', 'adopted'],
  dropped: ['batal', 'berhenti', 'dibatalkan', 'drop'],
};

const STAGE_WORDS = aliasTable<Stage>(STAGE_ALIASES);

/** Reads a stage in English or Indonesian: ide, rancangan, implementasi, presentasi/seminar, adopsi, batal. */
export function parseStage(input: string): Result<Stage> {
  const stage = lookupAlias(STAGE_WORDS, input) ?? lookupAlias(STAGE_WORDS, guidelineStage(input));
  if (stage === undefined) return fail('domain.stage.unknown', { value: input.trim(), known: ALL_STAGES.join(', ') });
  return ok(stage);
}

/**
 * A stage as the training guidelines write it, reduced to its alias: a trailing "aksi perubahan" /
 * "proyek perubahan" / "proper" is dropped ("Seminar Rancangan Aksi Perubahan" → "seminar
 * rancangan"), and any "Seminar Laporan …" is the final seminar (LAN's PKP/PKA guidelines).
 */
function guidelineStage(input: string): string {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const bare = text.replace(/\s+(?:(?:aksi|proyek) perubahan|proper)$/, '');
  return bare.startsWith('seminar laporan') ? 'seminar laporan' : bare;
}
