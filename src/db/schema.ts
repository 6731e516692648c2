// The schema this version of proper creates, and how a file's schema differs from it. The expected
// schema is never a hand-kept list: it is what this version's own migrations create on an
// in-memory database, so every new migration (follow-ups, search) is followed automatically.
// The audit trail's triggers are TEMP (per connection, in sqlite_temp_schema), never in the file.
import Database from 'better-sqlite3';
import { loadMigrations } from './migrate.js';
import type { Db } from './open.js';

export type SchemaObjectType = 'table' | 'index' | 'trigger' | 'view';

export interface SchemaObject {
  type: SchemaObjectType;
  name: string;
  /** The table an index or trigger belongs to (the object's own name for a table or view). */
  table: string;
  /** The CREATE statement with comments dropped and whitespace normalised; null for SQLite's own indexes. */
  sql: string | null;
  /** A table's columns as "name type notnull default pk hidden", in order; empty otherwise. */
  columns: string[];
}

export interface SchemaDifference {
  change: 'missing' | 'unexpected' | 'changed';
  type: SchemaObjectType;
  name: string;
  table: string;
  /** For a changed table: the columns missing, unexpected or defined otherwise. */
  detail: string;
}

/** SQLite's own bookkeeping tables (AUTOINCREMENT counters, ANALYZE statistics): not part of the comparison. */
const SQLITE_BOOKKEEPING = new Set(['sqlite_sequence', 'sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4']);

/**
 * Normalises a CREATE statement for comparison: comments dropped, runs of whitespace made one
 * space, no space beside brackets and commas. Quoted text ('…', "…", `…`, […]) is kept as it is.
 */
export function normaliseSql(sql: string): string {
  let out = '';
  let pendingSpace = false;
  const emit = (text: string) => {
    if (pendingSpace && out !== '' && !/[(,]$/.test(out) && !/^[(),]/.test(text)) out += ' ';
    pendingSpace = false;
    out += text;
  };
  for (let i = 0; i < sql.length; ) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      pendingSpace = true;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      pendingSpace = true;
    } else if (/\s/.test(c)) {
      i++;
      pendingSpace = true;
    } else if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) break;
        if (sql[j] === close) {
          if (close !== ']' && sql[j + 1] === close) j += 2;
          else break;
        } else j++;
      }
      emit(sql.slice(i, j + 1));
      i = j + 1;
    } else {
      emit(c);
      i++;
    }
  }
  return out;
}

/** Every object of the file's main schema (never TEMP), sorted by type and name. */
export function readSchema(db: Db): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY type, name').all() as {
    type: SchemaObjectType;
    name: string;
    tbl_name: string;
    sql: string | null;
  }[];
  return rows
    .filter((row) => !(row.type === 'table' && SQLITE_BOOKKEEPING.has(row.name)))
    .map((row) => ({
      type: row.type,
      name: row.name,
      table: row.tbl_name,
      sql: row.sql === null ? null : normaliseSql(row.sql),
      columns: row.type === 'table' ? columnsOf(db, row.name) : [],
    }));
}

function columnsOf(db: Db, table: string): string[] {
  try {
    const columns = db.prepare('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?, \'main\')').all(table) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
      hidden: number;
    }[];
    return columns.map((c) => `${c.name} ${c.type} ${c.notnull ? 'NOT NULL' : ''} ${c.dflt_value ?? ''} ${c.pk} ${c.hidden}`.replace(/\s+/g, ' ').trim());
  } catch {
    // A virtual table whose module this SQLite lacks: its CREATE text is still compared.
    return [];
  }
}

const expectedByVersion = new Map<number, SchemaObject[]>();

/**
 * The schema proper's migrations 1..version create, read back from an in-memory database.
 * Throws when version is below 1 or above the newest migration.
 */
export function expectedSchema(version: number): SchemaObject[] {
  const cached = expectedByVersion.get(version);
  if (cached) return cached;
  const migrations = loadMigrations();
  if (version < 1 || version > migrations.length) throw new Error(`no schema of version ${version}`);
  const db = new Database(':memory:');
  try {
    for (const migration of migrations) if (migration.version <= version) db.exec(migration.sql);
    const schema = readSchema(db);
    expectedByVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

/** How the file's schema differs from the one proper's migrations create at `version`; empty when identical. */
export function schemaDifferences(db: Db, version: number): SchemaDifference[] {
  const expected = expectedSchema(version);
  const actual = readSchema(db);
  const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`;
  const actualByKey = new Map(actual.map((o) => [key(o), o]));
  const expectedKeys = new Set(expected.map(key));
  const differences: SchemaDifference[] = [];
  for (const want of expected) {
    const have = actualByKey.get(key(want));
    if (!have) differences.push({ change: 'missing', type: want.type, name: want.name, table: want.table, detail: '' });
    else if (have.sql !== want.sql || have.table !== want.table || have.columns.join('\n') !== want.columns.join('\n')) {
      differences.push({ change: 'changed', type: want.type, name: want.name, table: want.table, detail: columnDetail(want, have) });
    }
  }
  for (const have of actual) {
    if (!expectedKeys.has(key(have))) differences.push({ change: 'unexpected', type: have.type, name: have.name, table: have.table, detail: '' });
  }
  return differences;
}

/** The columns missing, unexpected or defined otherwise, as "-name +name ~name"; empty when the columns agree. */
function columnDetail(want: SchemaObject, have: SchemaObject): string {
  const nameOf = (column: string) => column.split(' ')[0]!;
  const wanted = new Map(want.columns.map((c) => [nameOf(c), c]));
  const had = new Map(have.columns.map((c) => [nameOf(c), c]));
  const parts: string[] = [];
  for (const [name, column] of wanted) {
    if (!had.has(name)) parts.push(`-${name}`);
    else if (had.get(name) !== column) parts.push(`~${name}`);
  }
  for (const name of had.keys()) if (!wanted.has(name)) parts.push(`+${name}`);
  return parts.join(' ');
}
