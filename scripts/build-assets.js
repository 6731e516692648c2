// After tsc: the files the compiled code reads at run time.
// - the SQL migrations, copied into dist/db/migrations;
// - the message catalogue as one JSON file, dist/i18n/messages.json: reading it costs about 2 ms,
//   where importing the catalogue's modules one by one costs about 20 ms of every start;
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

mkdirSync(join(dist, 'db', 'migrations'), { recursive: true });
cpSync(join(root, 'src', 'db', 'migrations'), join(dist, 'db', 'migrations'), { recursive: true });

const load = (path) => import(pathToFileURL(join(dist, ...path)).href);
const { catalog } = await load(['i18n', 'catalog', 'index.js']);
writeFileSync(join(dist, 'i18n', 'messages.json'), JSON.stringify(catalog));

// - `proper --help` in each language, printed as it is without building the command tree.
const { setLanguage } = await load(['i18n', 'index.js']);
const { renderRootHelp } = await load(['cli', 'program.js']);
for (const lang of ['id', 'en']) {
  setLanguage(lang);
  writeFileSync(join(dist, 'cli', `root-help.${lang}.txt`), await renderRootHelp());
}
