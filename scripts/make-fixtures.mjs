// Generates the import fixtures in test/fixtures/ (the files are committed; run again after
// changing this script): node scripts/make-fixtures.mjs
// Invented people only; every NIP has a valid structure: birth date + TMT CPNS (not before the
// month of the 18th birthday) + gender digit (1 male, 2 female) + sequence.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
fs.mkdirSync(out, { recursive: true });

// name, gender, birth (YYYYMMDD), TMT (YYYYMM), seq, rank/grade, position, unit
const PEOPLE = [
  ['Rizky Pratama, S.T.', 'L', '19850314', '201001', '001', 'Penata (III/c)', 'Kepala Seksi Pelayanan', 'Dinas Perhubungan'],
  ['Siti Rahmawati, S.E., M.M.', 'P', '19790822', '200503', '004', 'Penata Tk. I (III/d)', 'Kepala Subbagian Keuangan', 'Dinas Kesehatan'],
  ['Andi Kurniawan', 'L', '19880105', '201103', '002', 'Penata Muda Tk. I (III/b)', 'Kepala Seksi Data', 'Dinas Pendidikan'],
  ['Wulan Sari Dewi, S.Sos.', 'P', '19830430', '200912', '003', 'Penata (III/c)', 'Lurah', 'Kecamatan Medan Barat'],
  ['Hendra Gunawan, S.H.', 'L', '19760911', '200203', '005', 'Pembina (IV/a)', 'Kepala Bidang Perizinan', 'Dinas Penanaman Modal dan PTSP'],
  ['Nur’aini Batubara, S.Kom.', 'P', '19900217', '201502', '006', 'Penata Muda (III/a)', 'Analis Kebijakan', 'Bappeda'],
];
const nip = (p) => `${p[2]}${p[3]}${p[1] === 'L' ? 1 : 2}${p[4]}`;
const spaced = (p) => `${p[2]} ${p[3]} ${p[1] === 'L' ? 1 : 2} ${p[4]}`;
const email = (p, i) => `${p[0].split(/[ ,]/)[0].toLowerCase().replace(/[^a-z]/g, '')}${i}@pemkomedan.go.id`;
const phone = (i) => `08126${String(100000 + i * 7919).padStart(6, '0')}`;
const quote = (s) => (/[",;\t\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const write = (name, data) => fs.writeFileSync(path.join(out, name), data);

// Excel "CSV (semicolon)": UTF-8 BOM, CRLF, two title lines and a blank line, a No column,
// Indonesian headers, NIPs with spaces, and one cell with a line break typed with Alt+Enter
// (so the record after it starts two lines further down).
{
  const lines = [
    'DAFTAR PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS ANGKATAN XXII TAHUN 2024',
    'BPSDM PROVINSI SUMATERA UTARA',
    '',
    'No;NIP;Nama Lengkap;Jenis Kelamin;Pangkat/Golongan;Jabatan;Instansi;Unit Kerja;No. HP;E-mail',
  ];
  PEOPLE.forEach((p, i) => {
    const position = i === 1 ? `${p[6]}\r\nmerangkap Bendahara` : p[6];
    lines.push([i + 1, spaced(p), p[0], p[1], p[5], position, 'Pemerintah Kota Medan', p[7], phone(i), email(p, i)].map((v) => quote(String(v))).join(';'));
  });
  write('peserta-titik-koma-bom-crlf.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n')]));
}

// Excel's plain "CSV" on Windows: Windows-1252 bytes (’ is 0x92), commas, LF, snake_case headers.
{
  const lines = ['nip,nama,jenis_kelamin,golongan,jabatan,instansi,unit_kerja,telepon,email'];
  PEOPLE.forEach((p, i) => {
    lines.push([nip(p), p[0], p[1] === 'L' ? 'Laki-laki' : 'Perempuan', p[5].replace(/.*\((.*)\)/, '$1'), p[6], 'Pemerintah Kota Medan', p[7], phone(i), email(p, i)].map(quote).join(','));
  });
  write('peserta-cp1252.csv', iconv.encode(lines.join('\n') + '\n', 'windows-1252'));
}

// Excel's "Unicode Text": UTF-16LE with a BOM, tab-delimited, CRLF.
const tabLines = () => {
  const lines = ['NIP\tNama\tL/P\tGolongan\tJabatan\tInstansi\tUnit Kerja'];
  for (const p of PEOPLE) lines.push([nip(p), p[0], p[1], p[5].replace(/.*\((.*)\)/, '$1'), p[6], 'Pemerintah Kota Medan', p[7]].join('\t'));
  return lines;
};
write('peserta-utf16le-tab.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tabLines().join('\r\n') + '\r\n', 'utf-16le')]));
{
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(tabLines().join('\n') + '\n', 'utf-16be')]);
  write('peserta-utf16be-tab.txt', be);
}

// Plain UTF-8 (no BOM), tab-delimited, LF, with a title line.
write('peserta-tab.tsv', ['Daftar peserta, angkatan XXII', ...tabLines()].join('\n') + '\n');

// A quotation mark opened on line 3 and never closed.
write('peserta-kutip-rusak.csv', [
  'NIP,Nama,Jenis Kelamin',
  `${nip(PEOPLE[0])},${PEOPLE[0][0].split(',')[0]},L`,
  `${nip(PEOPLE[1])},"Siti Rahmawati, S.E.,P`,
  `${nip(PEOPLE[2])},Andi Kurniawan,L`,
].join('\n') + '\n');

// A project list with the other Indonesian headers and a line break inside a description.
{
  const lines = [
    'REKAPITULASI AKSI PERUBAHAN PKP ANGKATAN XXII',
    '',
    'No.,NIP,Nama Peserta,Judul Aksi Perubahan,Nama Inovasi,Deskripsi,Tahapan,Tanggal,Nilai,Coach,Mentor,Penguji,Terinspirasi dari Lokus,Adopsi oleh,Jenis Adopsi,Penghargaan,Catatan,Kolom Bebas',
    ['1', nip(PEOPLE[0]), PEOPLE[0][0], 'Optimalisasi layanan izin trayek daring', 'SI-TRAYEK', 'Layanan daring\nuntuk izin trayek', 'presentasi', '2024-06-18', '91', 'Dr. Ahmad Fauzi', 'Ir. Bambang Sitorus', 'Prof. Dewi Lestari', 'Kota Surabaya', '', '', '', '', 'x'].map(quote).join(','),
    ['2', nip(PEOPLE[1]), PEOPLE[1][0], 'Percepatan pencairan anggaran puskesmas', 'CEPAT', 'Dasbor realisasi', 'adopsi', '2024-07-01', '88', 'Dr. Ahmad Fauzi', 'dr. Maya Siregar', 'Prof. Dewi Lestari', '', 'Dinas Kesehatan Kota Medan', 'dilembagakan', 'Inovasi Terbaik 2024', '', ''].map(quote).join(','),
  ];
  write('proyek-header-indonesia.csv', lines.join('\n') + '\n');
}

// An .xlsx written by exceljs: sheet "NIP Teks" holds the NIPs as text, sheet "NIP Angka" as numbers
// (as when an officer types them into a General column), each under a title row and a blank row,
// with the birth date as a real date cell.
{
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, asNumber] of [['NIP Teks', false], ['NIP Angka', true]]) {
    const ws = wb.addWorksheet(sheetName);
    ws.addRow(['DAFTAR PESERTA PKP ANGKATAN XXII TAHUN 2024']);
    ws.addRow([]);
    ws.addRow(['No', 'NIP', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Pangkat / Gol. Ruang', 'Jabatan', 'Unit Kerja', 'Nilai']);
    PEOPLE.forEach((p, i) => {
      const birth = new Date(Date.UTC(Number(p[2].slice(0, 4)), Number(p[2].slice(4, 6)) - 1, Number(p[2].slice(6, 8))));
      const row = ws.addRow([i + 1, asNumber ? Number(nip(p)) : nip(p), p[0], p[1], birth, p[5], p[6], p[7], 80 + i / 2]);
      row.getCell(5).numFmt = 'dd/mm/yyyy';
    });
    if (!asNumber) ws.getColumn(2).numFmt = '@';
  }
  await wb.xlsx.writeFile(path.join(out, 'peserta-nip-teks-dan-angka.xlsx'));
}

console.log(`fixtures written to ${out}`);
