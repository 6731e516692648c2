// Writes an N-row participant list as an officer's Excel "CSV (semicolon)" export: UTF-8 BOM, `;`,
// CRLF, the Indonesian headers, a combined pangkat/golongan column, a few quoted names and a few
// quoted cells with a line break. Deterministic (seeded), every NIP valid and unique.
// Run: node bench/generate-participants.mjs N FILE [--title]   (--title puts two title lines on top)
import fs from 'node:fs';

const [countArg, file, flag] = process.argv.slice(2);
const N = Number(countArg);
if (!Number.isInteger(N) || N < 1 || !file) {
  console.error('usage: node bench/generate-participants.mjs N FILE [--title]');
  process.exit(2);
}

// mulberry32: the same bytes on every run.
let seed = 20240601;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const pad = (n, w) => String(n).padStart(w, '0');

const FIRST = ['Rahmat', 'Siti', 'Budi', 'Dewi', 'Agus', 'Ratna', 'Joko', 'Lestari', 'Fajar', 'Endang', 'Wahyu', 'Putri', 'Teguh', 'Ayu'];
const LAST = ['Wijaya', 'Nasution', 'Siregar', 'Lubis', 'Harahap', 'Simanjuntak', 'Saputra', 'Pohan', 'Gultom', 'Hidayat'];
const TITLES = ['S.E.', 'S.H., M.H.', 'S.Kom.', 'S.IP., M.AP.', 'S.T., M.Si.', 'S.Sos.'];
const RANKS = ['Penata Muda (III/a)', 'Penata Muda Tk. I (III/b)', 'Penata (III/c)', 'Penata Tk. I (III/d)', 'Pembina (IV/a)'];
const POSTS = ['Lurah', 'Kepala Seksi Pelayanan', 'Kepala Subbagian Umum', 'Kepala Subbidang Perencanaan', 'Camat'];
const UNITS = ['Dinas Pendidikan', 'Kecamatan Medan Kota', 'Dinas Kesehatan', 'Bagian Umum Sekretariat Daerah', 'Dinas Kominfo'];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const out = fs.createWriteStream(file);
const parts = ['\uFEFF'];
if (flag === '--title') parts.push('DAFTAR PESERTA PKP ANGKATAN XXII TAHUN 2024\r\n\r\n');
parts.push('NIP;Nama;Jenis Kelamin;Pangkat/Golongan;Jabatan;Instansi;Unit Kerja;Email;Telepon\r\n');

for (let i = 0; i < N; i++) {
  // (birth date, sequence) is unique per row: 999 sequence numbers for each birth date.
  const k = Math.floor(i / 999);
  const year = 1965 + Math.floor(k / 365);
  let dayOfYear = k % 365;
  let month = 0;
  while (dayOfYear >= DAYS[month]) dayOfYear -= DAYS[month++];
  const male = random() < 0.5;
  const tmtYear = year + 20 + Math.floor(random() * 10);
  const nip = `${year}${pad(month + 1, 2)}${pad(dayOfYear + 1, 2)}${tmtYear}${pad(1 + Math.floor(random() * 12), 2)}${male ? 1 : 2}${pad((i % 999) + 1, 3)}`;
  const f = pick(FIRST);
  const l = pick(LAST);
  const q = random();
  let name = `"${f} ${l}, ${pick(TITLES)}"`;
  if (q < 0.01) name = `"${f} ""${l}"" ${i}"`;
  else if (q < 0.02) name = `"${f} ${l}\r\n(nama lama ${i})"`;
  parts.push(`${nip};${name};${male ? 'L' : 'P'};${pick(RANKS)};${pick(POSTS)};Pemerintah Kota Medan;${pick(UNITS)};${f.toLowerCase()}.${l.toLowerCase()}${i}@pemkomedan.go.id;08${pad(1e9 + Math.floor(random() * 9e9), 10)}\r\n`);
  if (parts.length >= 10_000) {
    if (!out.write(parts.join(''))) await new Promise((resolve) => out.once('drain', resolve));
    parts.length = 0;
  }
}
out.end(parts.join(''));
await new Promise((resolve) => out.on('finish', resolve));
