// The follow-up form as an empty list (`proper import template followups`): the Indonesian headers
// of SPEC §11, each an alias the import recognises, and one example row of an invented person.
export const FOLLOWUP_TEMPLATE = {
  headers: ['NIP', 'Tanggal', 'Status', 'Alasan', 'Bulan ke', 'Keterangan', 'Bukti', 'IKM'],
  example: ['19850314 201001 1 001', '2025-01-20', 'berjalan', '', '6', 'Layanan dipakai di dua kecamatan', 'SK Kepala Dinas No. 12/2024', '82,5'],
};
