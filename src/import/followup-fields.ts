// The columns of a follow-up import (SPEC §11): a web form's export or an officer's spreadsheet of
// check results, one row per check. Aliases are written in header-map.ts's folded form.

export const FOLLOWUP_FIELDS = ['nip', 'date', 'status', 'reason', 'months', 'note', 'evidence', 'ikm'] as const;
export type FollowupField = (typeof FOLLOWUP_FIELDS)[number];

/** A row needs the person, the day and what the check found; the month is found from the date when absent. */
export const FOLLOWUP_REQUIRED: readonly FollowupField[] = ['nip', 'date', 'status'];

export function followupAliases(nipAliases: readonly string[]): Record<FollowupField, readonly string[]> {
  return {
    nip: nipAliases,
    date: ['date', 'tanggal', 'tgl', 'tanggalpemeriksaan', 'tanggalpemantauan', 'tanggalevaluasi', 'tanggalcek', 'checkdate'],
    status: [
      'status', 'statusproyek', 'keberlanjutan', 'statuskeberlanjutan', 'masihberjalan', 'apakahproyekmasihberjalan',
      'apakahaksiperubahanmasihberjalan', 'apakahinovasimasihberjalan', 'running',
    ],
    reason: ['reason', 'alasan', 'alasanberhenti', 'penyebab', 'penyebabberhenti', 'stopreason'],
    months: ['months', 'month', 'bulan', 'bulanke', 'pemeriksaanbulanke', 'pemantauanbulanke', 'bulansetelahpresentasi'],
    note: ['note', 'catatan', 'keterangan'],
    evidence: ['evidence', 'bukti', 'buktidukung', 'tautanbukti', 'linkbukti'],
    ikm: ['ikm', 'nilaiikm', 'indekskepuasanmasyarakat', 'ikmunit'],
  };
}
