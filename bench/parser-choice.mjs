// Which CSV parser should `proper import` use, and how should it be driven? Times csv-parse and
// papaparse in streaming mode (file stream, Node duplex, and papaparse's Parser fed decoded chunks
// with the partial last row carried over, which is what src/import/parse-csv.ts does) on a generated
// 100,000-row participant CSV, and checks that each reports the physical line where every record
// starts. Run: npm run build && node bench/parser-choice.mjs [rows]
// (PROPER_DIST=/other/dist to point at another build of src/.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as csvParse } from 'csv-parse';
import Papa from 'papaparse';

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 5);
const TITLE_LINES = 2; // a title line and a blank line above the header

// Deterministic generator (mulberry32), so every run parses the same bytes.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const pad = (n, w) => String(n).padStart(w, '0');

function generate(file) {
  const r = rng(42);
  const first = ['Rahmat', 'Siti', 'Budi', 'Dewi', 'Agus', 'Ratna', 'Joko', 'Lestari', 'Fajar', 'Endang'];
  const last = ['Wijaya', 'Nasution', 'Siregar', 'Lubis', 'Harahap', 'Simanjuntak', 'Saputra', 'Pohan'];
  const ranks = ['Penata Muda (III/a)', 'Penata Muda Tk. I (III/b)', 'Penata (III/c)', 'Penata Tk. I (III/d)', 'Pembina (IV/a)'];
  const posts = ['Lurah', 'Kepala Seksi Pelayanan', 'Kepala Subbagian Umum', 'Kepala Subbidang Perencanaan'];
  const units = ['Dinas Pendidikan', 'Kecamatan Medan Kota', 'Dinas Kesehatan', 'Bagian Umum Sekretariat Daerah'];
  const expected = new Int32Array(ROWS); // start line of each data row
  let line = TITLE_LINES + 2; // header on line 3, first row on line 4
  const parts = ['DAFTAR PESERTA PKP ANGKATAN XXII TAHUN 2024\r\n\r\n',
    'nip;nama;jenis kelamin;pangkat/golongan;jabatan;instansi;unit kerja;email;telepon\r\n'];
  for (let i = 0; i < ROWS; i++) {
    const male = r() < 0.5;
    const y = 1965 + Math.floor(r() * 30), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
    const nip = `${y}${pad(m, 2)}${pad(d, 2)}${y + 20 + Math.floor(r() * 10)}${pad(1 + Math.floor(r() * 12), 2)}${male ? 1 : 2}${pad(i % 1000, 3)}`;
    const f = pick(r, first), l = pick(r, last);
    let name = `${f} ${l}, S.E.`;
    let newlines = 0;
    const q = r();
    if (q < 0.01) name = `"${f} ""${l}"" ${i}"`;
    else if (q < 0.02) { name = `"${f} ${l}\r\nalamat lama; ${i}"`; newlines = 1; }
    expected[i] = line;
    line += 1 + newlines;
    parts.push(`${nip};${name};${male ? 'L' : 'P'};${pick(r, ranks)};${pick(r, posts)};Pemerintah Kota Medan;${pick(r, units)};${f.toLowerCase()}.${l.toLowerCase()}${i}@pemkomedan.go.id;08${pad(Math.floor(r() * 1e10), 10)}\r\n`);
  }
  fs.writeFileSync(file, parts.join(''));
  return expected;
}

const newlinesIn = (cells) => {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
};

// Each candidate returns the start lines of the data rows (header and title skipped).
const candidates = {
  // csv-parse reports info.lines at the END of a record; the start is that minus its newlines.
  async 'csv-parse'(file) {
    const lines = [];
    const parser = fs.createReadStream(file, { highWaterMark: 1 << 16 }).pipe(
      csvParse({ delimiter: ';', bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
    await new Promise((resolve, reject) => {
      parser.on('data', ({ record, info }) => lines.push(info.lines - newlinesIn(record)));
      parser.on('end', resolve);
      parser.on('error', reject);
    });
    return lines.slice(2);
  },
  // papaparse reports no line at all: count one line per row plus the newlines inside its cells
  // (blank rows must be kept for that, and dropped afterwards).
  'papaparse'(file) {
    return new Promise((resolve, reject) => {
      const lines = [];
      let line = 1;
      Papa.parse(fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }), {
        delimiter: ';',
        skipEmptyLines: false,
        chunk(results) {
          for (const row of results.data) {
            if (!(row.length === 1 && row[0] === '')) lines.push(line);
            line += 1 + newlinesIn(row);
          }
        },
        complete: () => resolve(lines.slice(2)),
        error: reject,
      });
    });
  },
};

// papaparse as a Node duplex: decoded text written in, rows read out (one row per 'data' event).
candidates['papaparse duplex'] = (file) =>
  new Promise((resolve, reject) => {
    const lines = [];
    let line = 1;
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ';', newline: '\r\n' });
    parser.on('data', (row) => {
      if (!(row.length === 1 && row[0] === '')) lines.push(line);
      line += 1 + newlinesIn(row);
    });
    parser.on('end', () => resolve(lines.slice(2)));
    parser.on('error', reject);
    fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 }).pipe(parser);
  });

// What proper runs: papaparse's Parser on decoded text chunks with the partial last row carried
// over (src/import/parse-csv.ts, built into dist/).
const dist = process.env.PROPER_DIST ?? new URL('../dist/', import.meta.url).pathname;
const ownModule = path.join(dist, 'import', 'parse-csv.js');
if (fs.existsSync(ownModule)) {
  const { parseCsv } = await import(ownModule);
  candidates['papaparse chunked (proper)'] = async (file) => {
    const lines = [];
    const text = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
    for await (const batch of parseCsv(text, ';')) for (const rec of batch) lines.push(rec.line);
    return lines.slice(2);
  };
} else {
  console.error(`(${ownModule} not built: run npm run build to include proper's chunked papaparse)`);
}

const file = path.join(os.tmpdir(), `proper-parser-choice-${process.pid}.csv`);
const expected = generate(file);
console.log(`${ROWS} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, median of ${RUNS} runs`);
try {
  for (const [name, run] of Object.entries(candidates)) {
    const times = [];
    let correct = true;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const lines = await run(file);
      times.push(performance.now() - t0);
      if (i === 0) correct = lines.length === ROWS && lines.every((l, k) => l === expected[k]);
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(RUNS / 2)];
    console.log(`${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round(ROWS / (ms / 1000)).toLocaleString('en').padStart(9)} rows/s  start lines ${correct ? 'correct' : 'WRONG'}`);
  }
} finally {
  fs.rmSync(file, { force: true });
}
