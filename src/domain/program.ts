// The leadership programs proper knows (DOMAIN.md), read from the names officers use for them,
// and what each calls the participant's project.
import { fail, ok } from './result.js';
import type { Program, Result } from './types.js';
import { PROGRAMS } from './types.js';

export type ProjectWord = 'proyek perubahan' | 'aksi perubahan' | 'aktualisasi';

interface ProgramInfo {
  /** The usual short name, the same in both languages: "PIM IV", "PKP". */
  short: string;
  /** The program's proper name, the same in both languages; `other` has none. */
  name: string | null;
  /** What the program calls the participant's project (an Indonesian term kept in both languages). */
  projectWord: ProjectWord;
}

export const PROGRAM_INFO: Readonly<Record<Program, ProgramInfo>> = {
  pim2: { short: 'PIM II', name: 'Diklat PIM Tingkat II', projectWord: 'proyek perubahan' },
  pim3: { short: 'PIM III', name: 'Diklat PIM Tingkat III', projectWord: 'proyek perubahan' },
  pim4: { short: 'PIM IV', name: 'Diklat PIM Tingkat IV', projectWord: 'proyek perubahan' },
  pkn2: { short: 'PKN II', name: 'Pelatihan Kepemimpinan Nasional Tingkat II', projectWord: 'aksi perubahan' },
  pka: { short: 'PKA', name: 'Pelatihan Kepemimpinan Administrator', projectWord: 'aksi perubahan' },
  pkp: { short: 'PKP', name: 'Pelatihan Kepemimpinan Pengawas', projectWord: 'aksi perubahan' },
  latsar: { short: 'Latsar CPNS', name: 'Pelatihan Dasar CPNS', projectWord: 'aktualisasi' },
  other: { short: 'Lainnya', name: null, projectWord: 'proyek perubahan' },
};

export function projectWord(program: Program): ProjectWord {
  return PROGRAM_INFO[program].projectWord;
}

/** Message key of the program's display name in the catalogue (the proper names are not translated; `other` is). */
export function programNameKey(program: Program): string {
  return `domain.program.name.${program}`;
}

// Words that decorate a program's name without changing which program it is.
const FILLER = new Set(['diklat', 'tingkat', 'tk', 'tkt', 'angkatan', 'program']);
const LEVEL: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', '1': '1', '2': '2', '3': '3', '4': '4' };

const COMPACT_NAMES: Record<string, Program> = {
  pka: 'pka',
  pelatihankepemimpinanadministrator: 'pka',
  pkp: 'pkp',
  pelatihankepemimpinanpengawas: 'pkp',
  pkn: 'pkn2',
  latsar: 'latsar',
  latsarcpns: 'latsar',
  latihandasar: 'latsar',
  latihandasarcpns: 'latsar',
  pelatihandasar: 'latsar',
  pelatihandasarcpns: 'latsar',
  prajabatan: 'latsar',
  other: 'other',
  lain: 'other',
  lainnya: 'other',
  lainlain: 'other',
};

/**
 * Reads a program from its code or a usual name: "pim4", "PIM IV", "Diklat PIM Tingkat IV",
 * "Diklatpim III", "Diklat Kepemimpinan Tingkat III", "PKP", "Pelatihan Kepemimpinan Pengawas",
 * "PKN II", "Latsar CPNS". Programs proper does not know (PIM I, PKN I) are refused, so that they
 * are not filed under a neighbour by mistake; use `other`.
 */
export function parseProgram(input: string): Result<Program> {
  const found = programFromText(input);
  if (found) return ok(found);
  // "Pelatihan Kepemimpinan Pengawas (PKP)": either the name or the abbreviation will do.
  const inner = /^(.*)\(([^)]*)\)\s*$/.exec(input);
  const fromParts = inner ? (programFromText(inner[2]!) ?? programFromText(inner[1]!)) : undefined;
  if (fromParts) return ok(fromParts);
  return fail('domain.program.unknown', { value: input.trim(), known: PROGRAMS.join(', ') });
}

function programFromText(input: string): Program | undefined {
  const words = input
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));
  let compact = words.join('').replace(/^diklat/, '');
  // "Diklatpim", "pimpinan", "kepemimpinan" followed by a level are the old PIM ladder.
  compact = compact.replace(/^(diklatpim|kepemimpinan|pimpinan)/, 'pim');
  compact = compact.replace(/^pelatihankepemimpinannasional/, 'pkn');
  const levelled = /^(pim|pkn)(iv|iii|ii|i|[1-4])$/.exec(compact);
  if (levelled) {
    const code = `${levelled[1]}${LEVEL[levelled[2]!]}`;
    return (PROGRAMS as readonly string[]).includes(code) ? (code as Program) : undefined;
  }
  if (Object.hasOwn(COMPACT_NAMES, compact)) return COMPACT_NAMES[compact];
  return (PROGRAMS as readonly string[]).includes(compact) ? (compact as Program) : undefined;
}
