// Header names → canonical fields. Officers' lists name the same column a dozen ways ("No. HP",
// "Nomor HP", "no_hp", "WhatsApp"); names are compared after folding case, accents, punctuation
// and spaces away, so each alias is written once in its plain form.
import { UsageError } from '../errors.js';
import { FOLLOWUP_FIELDS, FOLLOWUP_REQUIRED, followupAliases, type FollowupField } from './followup-fields.js';

export type ImportKind = 'participants' | 'projects' | 'followups';

export const PARTICIPANT_FIELDS = [
  'nip', 'id_type', 'name', 'gender', 'birth_date', 'rank', 'grade', 'rank_grade', 'position',
  'agency', 'unit', 'email', 'phone', 'group', 'status',
] as const;
export const PROJECT_FIELDS = [
  'nip', 'name', 'title', 'innovation_name', 'description', 'stage', 'stage_date', 'score', 'coach',
  'mentor', 'examiner', 'inspired_by_lokus', 'adopted_by', 'adoption_kind', 'award', 'note',
] as const;

export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];
export type ProjectField = (typeof PROJECT_FIELDS)[number];
export type Field = ParticipantField | ProjectField | FollowupField;

/** A `--map` target or alias that drops the column without reporting it. */
export const IGNORE = 'ignore';
type Target = Field | typeof IGNORE;

export const REQUIRED_FIELDS: Record<ImportKind, readonly Field[]> = {
  participants: ['nip', 'name'],
  projects: ['nip', 'title'],
  followups: FOLLOWUP_REQUIRED,
};

const NIP_ALIASES = ['nip', 'nipbaru', 'nipnrp', 'nomorindukpegawai', 'nipbaru18digit'];
// The running-number column of printed lists.
const NUMBER_ALIASES = ['no', 'nomor', 'nourut', 'nomorurut', 'urut'];

const PARTICIPANT_ALIASES: Record<ParticipantField, readonly string[]> = {
  nip: NIP_ALIASES,
  id_type: ['idtype', 'jenisid', 'jenisidentitas', 'tipeid'],
  name: ['name', 'fullname', 'nama', 'namalengkap', 'namapeserta', 'namadangelar', 'namalengkapdangelar'],
  gender: ['gender', 'sex', 'jeniskelamin', 'kelamin', 'lp', 'jk'],
  birth_date: ['birthdate', 'dateofbirth', 'tanggallahir', 'tgllahir', 'tgllhr'],
  rank: ['rank', 'pangkat'],
  grade: ['grade', 'golongan', 'gol', 'golruang', 'golonganruang'],
  rank_grade: [
    'rankgrade', 'pangkatgolongan', 'pangkatgol', 'pangkatgolruang', 'pangkatgolonganruang',
    'pangkatdangolongan', 'pangkatdangolonganruang',
  ],
  position: ['position', 'jabatan', 'namajabatan'],
  agency: ['agency', 'instansi', 'asalinstansi', 'instansiasal', 'lembaga'],
  unit: ['unit', 'unitkerja', 'satuankerja', 'satker', 'opd', 'perangkatdaerah', 'skpd', 'unitorganisasi'],
  email: ['email', 'emailaddress', 'alamatemail', 'surel', 'alamatsurel'],
  phone: [
    'phone', 'telephone', 'mobile', 'telepon', 'telp', 'notelp', 'notelepon', 'nomortelepon', 'hp',
    'nohp', 'nomorhp', 'handphone', 'nohandphone', 'whatsapp', 'wa', 'nowa', 'nomorwa', 'nohpwa',
  ],
  group: ['group', 'kelompok', 'kel'],
  status: ['status', 'statuspeserta'],
};

const PROJECT_ALIASES: Record<ProjectField, readonly string[]> = {
  nip: NIP_ALIASES,
  name: ['name', 'nama', 'namalengkap', 'namapeserta'],
  title: [
    'title', 'judul', 'judulproyek', 'judulproyekperubahan', 'judulaksiperubahan', 'proyekperubahan',
    'aksiperubahan', 'judulproper',
  ],
  innovation_name: ['innovationname', 'innovation', 'namainovasi', 'inovasi'],
  description: ['description', 'deskripsi', 'uraian'],
  stage: ['stage', 'tahap', 'tahapan', 'statusproyek', 'status'],
  stage_date: ['stagedate', 'date', 'tanggal', 'tgl', 'tanggaltahap', 'tgltahap'],
  score: ['score', 'nilai', 'nilaiakhir', 'skor'],
  coach: ['coach', 'widyaiswara', 'pembimbing', 'coachwidyaiswara'],
  mentor: ['mentor', 'atasanlangsung', 'mentoratasanlangsung'],
  examiner: ['examiner', 'penguji', 'narasumber', 'evaluator'],
  inspired_by_lokus: ['inspiredbylokus', 'lokus', 'terinspirasidarilokus', 'lokusinspirasi', 'lokusbenchmarking'],
  adopted_by: ['adoptedby', 'diadopsioleh', 'adopsioleh', 'pengadopsi'],
  adoption_kind: ['adoptionkind', 'jenisadopsi', 'bentukadopsi'],
  award: ['award', 'penghargaan'],
  note: ['note', 'catatan', 'keterangan'],
};

function aliasTable(aliases: Record<string, readonly string[]>): ReadonlyMap<string, Target> {
  const table = new Map<string, Target>();
  for (const alias of NUMBER_ALIASES) table.set(alias, IGNORE);
  for (const [field, names] of Object.entries(aliases)) for (const n of names) table.set(n, field as Field);
  return table;
}

const TABLES: Record<ImportKind, ReadonlyMap<string, Target>> = {
  participants: aliasTable(PARTICIPANT_ALIASES),
  projects: aliasTable(PROJECT_ALIASES),
  followups: aliasTable(followupAliases(NIP_ALIASES)),
};

export function fieldsOf(kind: ImportKind): readonly Field[] {
  return kind === 'participants' ? PARTICIPANT_FIELDS : kind === 'projects' ? PROJECT_FIELDS : FOLLOWUP_FIELDS;
}

/** "Pangkat / Gol. Ruang" → "pangkatgolruang"; "É-mail" → "email"; "#" → "#". */
export function normalizeHeader(header: string): string {
  const folded = header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return folded === '' ? header.trim() : folded;
}

/** The field a header names, IGNORE for a running-number column, undefined when unknown. */
export function fieldForHeader(header: string, kind: ImportKind): Target | undefined {
  const key = normalizeHeader(header);
  if (key === '#') return IGNORE;
  return TABLES[kind].get(key);
}

/** `--map` values, keyed by normalised header name. */
export type HeaderOverrides = ReadonlyMap<string, { header: string; target: Target }>;

/** Parses repeated `--map "Nama Lengkap=name"` values; a malformed one or unknown field is a usage error. */
export function parseMapOptions(values: readonly string[] | undefined, kind: ImportKind): HeaderOverrides {
  const overrides = new Map<string, { header: string; target: Target }>();
  const fields = fieldsOf(kind);
  for (const value of values ?? []) {
    const eq = value.lastIndexOf('=');
    const header = eq === -1 ? '' : value.slice(0, eq).trim();
    const target = eq === -1 ? '' : value.slice(eq + 1).trim().toLowerCase().replace(/-/g, '_');
    if (header === '' || target === '') throw new UsageError('import.error.mapSyntax', { value });
    if (target !== IGNORE && !(fields as readonly string[]).includes(target)) {
      throw new UsageError('import.error.mapUnknownField', { value, field: target, fields: [...fields, IGNORE].join(', ') });
    }
    overrides.set(normalizeHeader(header), { header, target: target as Target });
  }
  return overrides;
}

export interface ColumnMapping {
  /** 0-based column index in the record's cells. */
  column: number;
  header: string;
  field: Field;
}

export interface HeaderMapping {
  columns: ColumnMapping[];
  /** Header names matched by no alias: reported, then ignored. */
  unknownColumns: string[];
  /** Later columns naming a field an earlier column already gave: reported, then ignored. */
  duplicateColumns: string[];
  /** Required fields no column gives. */
  missing: Field[];
  /** `--map` headers not present in this header row. */
  unusedOverrides: string[];
}

export function mapHeader(cells: readonly string[], kind: ImportKind, overrides: HeaderOverrides = new Map()): HeaderMapping {
  const columns: ColumnMapping[] = [];
  const unknownColumns: string[] = [];
  const duplicateColumns: string[] = [];
  const used = new Set<string>();
  const taken = new Set<Field>();
  cells.forEach((cell, column) => {
    const header = cell.trim();
    if (header === '') return;
    const key = normalizeHeader(header);
    const override = overrides.get(key);
    if (override) used.add(key);
    const target = override ? override.target : fieldForHeader(header, kind);
    if (target === IGNORE) return;
    if (target === undefined) unknownColumns.push(header);
    else if (taken.has(target)) duplicateColumns.push(header);
    else {
      taken.add(target);
      columns.push({ column, header, field: target });
    }
  });
  const missing = REQUIRED_FIELDS[kind].filter((f) => !taken.has(f));
  const unusedOverrides = [...overrides].filter(([key]) => !used.has(key)).map(([, o]) => o.header);
  return { columns, unknownColumns, duplicateColumns, missing, unusedOverrides };
}
