// After tsc: the files the compiled code reads at run time.
// - the SQL migrations, copied into dist/db/migrations;
// - the message catalogue as one JSON file, dist/i18n/messages.json: reading it costs about 2 ms,
//   where importing the catalogue's modules one by one costs about 20 ms of every start.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

mkdirSync(join(dist, 'db', 'migrations'), { recursive: true });
cpSync(join(root, 'src', 'db', 'migrations'), join(dist, 'db', 'migrations'), { recursive: true });

const { catalog } = await import(pathToFileURL(join(dist, 'i18n', 'catalog', 'index.js')).href);
writeFileSync(join(dist, 'i18n', 'messages.json'), JSON.stringify(catalog));
