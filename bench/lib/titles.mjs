// Realistic Indonesian change-project titles for the generated databases: a service (what is
// improved), an object (of what), often a place or a means, and an innovation name. Built from word
// lists so that search and the similarity check meet the word frequencies of real archives (a few
// words in most titles, many words in few) instead of "Proyek Perubahan 123".

const ACTIONS = [
  'Peningkatan', 'Optimalisasi', 'Percepatan', 'Penguatan', 'Pengembangan', 'Digitalisasi', 'Penyederhanaan',
  'Pengelolaan', 'Penataan', 'Pembangunan', 'Integrasi', 'Standardisasi', 'Pemantauan', 'Revitalisasi', 'Inovasi',
  'Sistem informasi', 'Aplikasi', 'Layanan', 'Pelayanan', 'Transformasi',
];
const OBJECTS = [
  'pelayanan perizinan', 'administrasi kependudukan', 'surat masuk dan keluar', 'arsip dinamis', 'pengaduan masyarakat',
  'data kepegawaian', 'pengelolaan barang milik daerah', 'retribusi pasar', 'pajak kendaraan bermotor', 'pajak bumi dan bangunan',
  'layanan kesehatan ibu dan anak', 'imunisasi balita', 'gizi buruk', 'posyandu', 'rujukan pasien', 'rekam medis',
  'antrean rumah sakit', 'obat dan perbekalan kesehatan', 'penerimaan peserta didik', 'beasiswa pelajar', 'perpustakaan sekolah',
  'kinerja pegawai', 'absensi pegawai', 'cuti pegawai', 'kenaikan pangkat', 'pensiun pegawai', 'diklat aparatur',
  'perencanaan pembangunan', 'musyawarah perencanaan', 'anggaran daerah', 'pengadaan barang dan jasa', 'aset desa',
  'dana desa', 'bantuan sosial', 'data kemiskinan', 'penyaluran bantuan pangan', 'pupuk bersubsidi', 'penyuluhan pertanian',
  'harga komoditas', 'pasar tradisional', 'usaha mikro kecil dan menengah', 'koperasi', 'investasi daerah', 'pariwisata',
  'izin mendirikan bangunan', 'tata ruang', 'sampah rumah tangga', 'bank sampah', 'air bersih', 'sanitasi', 'banjir',
  'kebakaran', 'bencana alam', 'ketertiban umum', 'parkir', 'angkutan umum', 'uji kendaraan bermotor', 'jalan rusak',
  'penerangan jalan', 'lowongan kerja', 'pelatihan kerja', 'keselamatan kerja', 'jaminan sosial', 'hubungan industrial',
  'sertifikat tanah', 'akta kelahiran', 'kartu identitas anak', 'surat keterangan', 'tanda tangan elektronik', 'kearsipan',
  'persuratan dinas', 'notulen rapat', 'laporan keuangan', 'kas daerah', 'gaji pegawai', 'perjalanan dinas',
];
const MEANS = [
  'berbasis daring', 'berbasis aplikasi', 'secara elektronik', 'melalui pesan singkat', 'terpadu satu pintu', 'berbasis web',
  'secara online', 'berbasis data', 'dengan kode QR', 'berbasis teknologi informasi', 'melalui kolaborasi lintas sektor',
  'berbasis partisipasi masyarakat', 'secara mandiri', 'dengan sistem antrean', 'menggunakan dasbor', '', '', '', '',
];
const PLACES = [
  'di Kota Medan', 'di Kabupaten Bogor', 'pada Dinas Kesehatan', 'pada Badan Kepegawaian Daerah', 'di Kecamatan', 'di Puskesmas',
  'pada Sekretariat Daerah', 'di Kelurahan', 'pada Dinas Pendidikan', 'di Balai Latihan Kerja', 'pada Inspektorat',
  'di lingkungan Kementerian', 'pada Dinas Perhubungan', 'di Rumah Sakit Umum Daerah', '', '', '', '', '', '', '',
];
const PREFIXES = ['Si', 'e-', 'Sim', 'Go', 'Lapor', 'Sapa', 'Smart', 'Cepat', 'Satu', 'My'];
const STEMS = [
  'Surat', 'Arsip', 'Kinerja', 'Pajak', 'Sehat', 'Desa', 'Pangan', 'Tani', 'Pasar', 'Izin', 'Aset', 'Data', 'Kerja', 'Didik',
  'Sampah', 'Air', 'Rujuk', 'Gizi', 'Bumil', 'Cuti', 'Dana', 'Aduan', 'Parkir', 'Jalan', 'Kasih', 'Pintar', 'Mantap', 'Berkah',
];

/** A title and an innovation name from `pick` (a function choosing one element of an array). */
export function projectTitle(pick) {
  const parts = [pick(ACTIONS), pick(OBJECTS), pick(MEANS), pick(PLACES)].filter((p) => p !== '');
  const prefix = pick(PREFIXES);
  const innovation = `${prefix}${prefix.endsWith('-') ? '' : prefix.length > 3 ? ' ' : ''}${pick(STEMS)}`;
  return { title: parts.join(' '), innovation };
}
