// Every message key the code uses exists in the catalogue, in both languages; and the help that
// commander prints (its own headings included) is in the language asked for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, catalogParts } from '../../src/i18n/catalog/index.js';
import { setLanguage, type Language } from '../../src/i18n/index.js';
import { createProgram } from '../../src/cli/program.js';
import { ADOPTION_KINDS, ALL_STAGES, ENROLMENT_STATUSES, GENDERS, HORIZONS, ID_TYPES, PROGRAMS, RATINGS, EVENT_KINDS } from '../../src/domain/types.js';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const keys = new Set(Object.keys(catalog));
// The first word of every key: a quoted 'word.word' starting with one of these is a message key.
const areas = new Set([...keys].map((key) => key.split('.')[0]!));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.includes(`${join('i18n', 'catalog')}`) ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Use {
  key: string;
  where: string;
}

const files = sourceFiles(srcDir).map((path) => ({ where: relative(srcDir, path), text: readFileSync(path, 'utf8') }));

function uses(pattern: RegExp, group = 1): Use[] {
  return files.flatMap(({ where, text }) => [...text.matchAll(pattern)].map((m) => ({ key: m[group]!, where })));
}

const missingOf = (found: Use[]) => found.filter((u) => !keys.has(u.key)).map((u) => `${u.key} (src/${u.where})`);

describe('message keys used in src/', () => {
  it('t("…") names a key of the catalogue', () => {
    const found = uses(/\bt\(\s*(['"])([^'"]+)\1/g, 2);
    expect(found.length).toBeGreaterThan(300);
    expect(missingOf(found)).toEqual([]);
  });

  it('both keys of t(condition ? "a" : "b") exist', () => {
    const found = uses(/\bt\([^()'"]*\?\s*(['"])([^'"]+)\1\s*:\s*(['"])([^'"]+)\3/g, 2).concat(
      uses(/\bt\([^()'"]*\?\s*(['"])([^'"]+)\1\s*:\s*(['"])([^'"]+)\3/g, 4),
    );
    expect(found.length).toBeGreaterThan(3);
    expect(missingOf(found)).toEqual([]);
  });

  it('new …Error("key") names a key of the catalogue', () => {
    const found = uses(/new \w*Error\(\s*(['"])([^'"]+)\1/g, 2);
    expect(found.length).toBeGreaterThan(100);
    expect(missingOf(found)).toEqual([]);
  });

  it("the domain's fail('key') problems have messages", () => {
    const found = uses(/\bfail\(\s*(['"])([^'"]+)\1/g, 2);
    expect(found.length).toBeGreaterThan(40);
    expect(missingOf(found)).toEqual([]);
  });

  it('any quoted key-shaped string of a catalogue area exists (keys kept in tables, like error codes → keys)', () => {
    const found = uses(/(['"])([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)\1/g, 2).filter((u) => areas.has(u.key.split('.')[0]!));
    expect(missingOf(found)).toEqual([]);
  });

  it('t(`prefix.${value}`) has keys under that prefix', () => {
    const found = uses(/\bt\(\s*`([a-z][\w.]*\.)\$\{/g);
    expect(found.length).toBeGreaterThan(5);
    const empty = found.filter((u) => ![...keys].some((key) => key.startsWith(u.key))).map((u) => `${u.key}… (src/${u.where})`);
    expect(empty).toEqual([]);
  });

  it('has a label for every value of every list shown to people', () => {
    const families: [prefix: string, values: readonly string[]][] = [
      ['project.stage.', ALL_STAGES],
      ['report.stage.', ALL_STAGES],
      ['project.event.', EVENT_KINDS],
      ['project.kind.', ADOPTION_KINDS],
      ['cli.project.kindHelp.', ADOPTION_KINDS],
      ['report.gender.', GENDERS],
      ['participant.status.', ENROLMENT_STATUSES],
      ['participant.idType.', ID_TYPES.filter((type) => type !== 'nip')],
      ['report.program_short.', PROGRAMS],
      ['milestone.horizon.', HORIZONS],
      ['milestone.rating.', RATINGS],
    ];
    const absent = families.flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)).filter((key) => !keys.has(key));
    expect(absent).toEqual([]);
  });
});

describe('the catalogue', () => {
  it('gives every entry both an Indonesian and an English text, and nothing else', () => {
    const incomplete = Object.values(catalogParts).flatMap((part) =>
      Object.entries(part)
        .filter(([, message]) => {
          const languages = Object.keys(message).sort().join(',');
          return languages !== 'en,id' || typeof message.id !== 'string' || typeof message.en !== 'string' || !message.id.trim() || !message.en.trim();
        })
        .map(([key]) => key),
    );
    expect(incomplete).toEqual([]);
  });
});

/** Every command of the tree, the root included. */
function allCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(allCommands)];
}

async function programIn(lang: Language): Promise<Command> {
  setLanguage(lang);
  return createProgram();
}

describe('help in both languages', () => {
  afterEach(() => setLanguage('id'));

  it('describes every command, argument and option in both languages, from the catalogue', async () => {
    const texts = (program: Command) =>
      allCommands(program).flatMap((command) => [
        [`${command.name()}`, command.description()],
        ...command.registeredArguments.map((a) => [`${command.name()} ${a.name()}`, a.description]),
        ...command.options.map((o) => [`${command.name()} ${o.flags}`, o.description]),
      ]);
    const id = texts(await programIn('id'));
    const en = texts(await programIn('en'));
    expect(id.length).toBeGreaterThan(150);
    expect(id.filter(([, text]) => !text).map(([where]) => where)).toEqual([]);
    // A text the same in both languages was not taken from the catalogue (or forgot to translate).
    const untranslated = id.filter(([where, text], i) => text === en[i]![1] && where === en[i]![0]).map(([where, text]) => `${where}: ${text}`);
    expect(untranslated).toEqual([]);
  });

  it("prints commander's own headings in Indonesian", async () => {
    const program = await programIn('id');
    const root = program.helpInformation();
    expect(root).toMatch(/^Penggunaan: proper \[opsi\] \[perintah\]/);
    expect(root).toContain('\nOpsi:\n');
    expect(root).toContain('\nPerintah:\n');
    expect(root).toContain('(pilihan: "id", "en")');
    const add = program.commands.find((c) => c.name() === 'participant')!.commands.find((c) => c.name() === 'add')!;
    const help = add.helpInformation();
    expect(help).toContain('\nArgumen:\n');
    expect(help).not.toMatch(/Usage:|Options:|Arguments:|Commands:|choices:|default:/);
  });

  it("prints commander's own headings in English with --lang en", async () => {
    const root = (await programIn('en')).helpInformation();
    expect(root).toMatch(/^Usage: proper \[options\] \[command\]/);
    expect(root).toContain('\nOptions:\n');
    expect(root).toContain('\nCommands:\n');
    expect(root).toContain('(choices: "id", "en")');
  });
});
