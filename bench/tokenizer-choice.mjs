// Why the search index uses FTS5's trigram tokenizer (migration 004): the tokenizers SQLite bundles,
// measured on Indonesian project titles. The truth for a query word is SPEC §12's: every title
// holding the word anywhere, also inside a longer word ("surat" in "Si-Surat", "eSurat",
// "persuratan"), ignoring case and accents. Prints recall and precision per tokenizer, the index
// size, the build time and the median query time.
//   node bench/tokenizer-choice.mjs [titles=100000]
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { projectTitle } from './lib/titles.mjs';

const N = Number(process.argv[2] ?? 100_000);
let seed = 20180815;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(random() * xs.length)];

// Real titles of the demo and a few written the way officers write them (run-together names,
// accents from loanwords), then generated ones.
const handWritten = [
  'Sistem pelayanan dan informasi surat masuk dan surat keluar (Si-Surat)',
  'Arsip digital surat keputusan e-Arsip SK',
  'Tata kelola persuratan dinas berbasis eSurat',
  'Aplikasi SiSurat untuk disposisi pimpinan',
  'Pelayanan kafe literasi (Café Literasi) di perpustakaan daerah',
  'Penanganan keluhan K3 berbasis pesan singkat',
  'Kemudahan perizinan usaha bagi pengusaha UMKM',
  'Sistem laporan kematian online Seraton',
  'Rékam medis elektronik puskesmas',
];
const titles = [...handWritten];
while (titles.length < N) {
  const { title, innovation } = projectTitle(pick);
  titles.push(`${title} ${innovation}`);
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const folded = titles.map(fold);
const QUERIES = ['surat', 'arsip', 'izin', 'pegawai', 'kinerja', 'sehat', 'cafe', 'rekam', 'medis', 'sampah', 'layanan', 'data'];

const CANDIDATES = [
  { name: 'trigram remove_diacritics 1', tokenize: 'trigram remove_diacritics 1', query: (w) => `"${w}"` },
  { name: 'unicode61 remove_diacritics 2, prefix', tokenize: 'unicode61 remove_diacritics 2', query: (w) => `"${w}"*` },
  { name: 'unicode61 remove_diacritics 2, whole word', tokenize: 'unicode61 remove_diacritics 2', query: (w) => `"${w}"` },
];

console.log(`${titles.length.toLocaleString('en')} titles; SQLite ${new Database(':memory:').prepare('select sqlite_version() v').get().v}`);
console.log('| tokenizer | recall | precision | index size | build | median query |');
console.log('|---|---|---|---|---|---|');
for (const candidate of CANDIDATES) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, tokenize = '${candidate.tokenize}')`);
  const insert = db.prepare('INSERT INTO t (rowid, title) VALUES (?, ?)');
  const built = performance.now();
  db.transaction(() => titles.forEach((title, i) => insert.run(i + 1, title)))();
  const buildMs = performance.now() - built;
  const pages = db.prepare("SELECT sum(pgsize) AS bytes FROM dbstat WHERE name LIKE 't_%'").get();
  const search = db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck();
  let truePositives = 0;
  let found = 0;
  let relevant = 0;
  const times = [];
  for (const word of QUERIES) {
    const truth = new Set();
    folded.forEach((text, i) => text.includes(word) && truth.add(i + 1));
    const started = performance.now();
    const hits = search.all(candidate.query(word));
    times.push(performance.now() - started);
    relevant += truth.size;
    found += hits.length;
    truePositives += hits.filter((id) => truth.has(id)).length;
  }
  times.sort((a, b) => a - b);
  const mb = pages?.bytes ? `${(pages.bytes / 1e6).toFixed(1)} MB` : 'n/a';
  console.log(
    `| ${candidate.name} | ${(truePositives / relevant).toFixed(3)} | ${(truePositives / Math.max(found, 1)).toFixed(3)} | ${mb} | ${(buildMs / 1000).toFixed(1)} s | ${times[Math.floor(times.length / 2)].toFixed(1)} ms |`,
  );
  db.close();
}
