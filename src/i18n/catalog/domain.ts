// Messages of the domain rules (src/domain): what is wrong with a value and how to fix it.
import type { Catalog } from './types.js';

export const domainMessages = {
  // NIP and other identifiers
  'domain.nip.empty': {
    id: 'NIP kosong. Isi NIP 18 digit, misalnya 19780512 200501 1 002.',
    en: 'The NIP is empty. Enter the 18-digit NIP, for example 19780512 200501 1 002.',
  },
  'domain.nip.not_digits': {
    id: 'NIP "{value}" memuat karakter "{character}". NIP hanya terdiri dari angka (spasi, titik dan tanda hubung boleh); periksa dan ketik ulang.',
    en: 'NIP "{value}" contains the character "{character}". An NIP is digits only (spaces, dots and dashes are allowed); check it and type it again.',
  },
  'domain.nip.length': {
    id: 'NIP "{value}" terdiri dari {length} digit, seharusnya 18. Periksa apakah ada digit yang hilang atau berlebih.',
    en: 'NIP "{value}" has {length} digits instead of 18. Check for a missing or extra digit.',
  },
  'domain.nip.looks_like_nrp': {
    id: 'NIP "{value}" terdiri dari 8 digit, seperti NRP anggota TNI/Polri, bukan NIP (18 digit). Jika ini NRP, tambahkan --id-type nrp (saat impor: kolom id_type berisi nrp).',
    en: 'NIP "{value}" has 8 digits, like a TNI/Polri NRP, not an NIP (18 digits). If it is an NRP, add --id-type nrp (when importing: an id_type column holding nrp).',
  },
  'domain.nip.old_format': {
    id: 'NIP "{value}" adalah NIP lama 9 digit, yang tidak berlaku lagi. Isi NIP baru 18 digit.',
    en: 'NIP "{value}" is an old 9-digit NIP, no longer in use. Enter the new 18-digit NIP.',
  },
  'domain.nip.excel_number': {
    id: 'NIP "{value}" tersimpan sebagai angka di spreadsheet sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks, lalu ketik ulang NIP-nya.',
    en: 'NIP "{value}" was stored as a number by the spreadsheet, which lost its last digits. Format the NIP column as Text and enter the NIPs again.',
  },
  'domain.nip.birth_date': {
    id: 'NIP {nip}: 8 digit pertama ({part}) bukan tanggal lahir yang ada (format TTTTBBHH). Periksa NIP.',
    en: 'NIP {nip}: its first 8 digits ({part}) are not a real birth date (format YYYYMMDD). Check the NIP.',
  },
  'domain.nip.tmt_date': {
    id: 'NIP {nip}: digit ke-9 sampai ke-14 ({part}) bukan bulan TMT CPNS yang ada (format TTTTBB). Periksa NIP.',
    en: 'NIP {nip}: digits 9 to 14 ({part}) are not a real TMT CPNS month (format YYYYMM). Check the NIP.',
  },
  'domain.nip.tmt_before_18': {
    id: 'NIP {nip}: TMT CPNS {tmt} jatuh sebelum pemiliknya berusia 18 tahun ({eighteen}). Periksa tanggal lahir dan TMT di NIP.',
    en: 'NIP {nip}: TMT CPNS {tmt} falls before its holder turned 18 ({eighteen}). Check the birth date and TMT in the NIP.',
  },
  'domain.nip.tmt_future': {
    id: 'NIP {nip}: TMT CPNS {tmt} berada di masa depan (bulan ini {current}). Periksa NIP.',
    en: 'NIP {nip}: TMT CPNS {tmt} is in the future (this month is {current}). Check the NIP.',
  },
  'domain.nip.gender_digit': {
    id: 'NIP {nip}: digit ke-15 adalah {digit}, padahal harus 1 (laki-laki) atau 2 (perempuan). Periksa NIP.',
    en: 'NIP {nip}: digit 15 is {digit}, but it must be 1 (male) or 2 (female). Check the NIP.',
  },
  'domain.nip.sequence': {
    id: 'NIP {nip}: nomor urut (3 digit terakhir) {part} tidak sah; nomor urut dimulai dari 001. Jika daftar berasal dari Excel, format kolom NIP sebagai Teks dan ketik ulang NIP-nya.',
    en: 'NIP {nip}: the sequence number (last 3 digits) {part} is invalid; sequence numbers start at 001. If the list came from Excel, format the NIP column as Text and enter the NIPs again.',
  },
  'domain.nip.gender_mismatch': {
    id: 'Digit ke-15 NIP {nip} adalah {digit} (1 = laki-laki, 2 = perempuan), tidak cocok dengan jenis kelamin yang diisi. Perbaiki NIP atau jenis kelaminnya.',
    en: 'Digit 15 of NIP {nip} is {digit} (1 = male, 2 = female), which does not agree with the gender given. Correct the NIP or the gender.',
  },
  'domain.identifier.empty': {
    id: 'Nomor identitas ({id_type}) kosong. Isi NRP atau nomor identitas peserta.',
    en: 'The identifier ({id_type}) is empty. Enter the participant\'s NRP or identity number.',
  },
  'domain.id_type.unknown': {
    id: 'Jenis identitas "{value}" tidak dikenal. Gunakan salah satu dari: {known}.',
    en: 'Unknown identifier type "{value}". Use one of: {known}.',
  },

  // Gender, rank and grade
  'domain.gender.unknown': {
    id: 'Jenis kelamin "{value}" tidak dikenal. Isi L atau P (laki-laki / perempuan).',
    en: 'Unknown gender "{value}". Use male or female (also L/P, M/F).',
  },
  'domain.rank.empty': {
    id: 'Golongan kosong. Isi golongan ruang, misalnya III/d.',
    en: 'The grade is empty. Enter a golongan ruang such as III/d.',
  },
  'domain.rank.unknown_grade': {
    id: 'Golongan "{value}" tidak dikenal. Gunakan I/a sampai IV/e, misalnya III/d.',
    en: 'Unknown grade "{value}". Use I/a to IV/e, for example III/d.',
  },
  'domain.rank.unknown_rank': {
    id: 'Pangkat "{value}" tidak dikenal. Gunakan nama pangkat resmi, misalnya "Penata Tingkat I" atau "Pembina Utama Muda".',
    en: 'Unknown rank "{value}". Use an official rank name such as "Penata Tingkat I" or "Pembina Utama Muda".',
  },
  'domain.rank.mismatch': {
    id: 'Pangkat dan golongan pada "{value}" tidak cocok: {first} berbeda dengan {second}. Perbaiki salah satunya.',
    en: 'The rank and grade in "{value}" disagree: {first} is not {second}. Correct one of them.',
  },

  // Programs and cohorts
  'domain.program.unknown': {
    id: 'Program "{value}" tidak dikenal. Gunakan salah satu kode ({known}) atau nama seperti "PIM IV" atau "PKP".',
    en: 'Unknown program "{value}". Use one of the codes ({known}) or a name such as "PIM IV" or "PKP".',
  },
  'domain.program.name.pim2': { id: 'Diklat PIM Tingkat II', en: 'Diklat PIM Tingkat II' },
  'domain.program.name.pim3': { id: 'Diklat PIM Tingkat III', en: 'Diklat PIM Tingkat III' },
  'domain.program.name.pim4': { id: 'Diklat PIM Tingkat IV', en: 'Diklat PIM Tingkat IV' },
  'domain.program.name.pkn2': { id: 'PKN Tingkat II', en: 'PKN Tingkat II' },
  'domain.program.name.pka': { id: 'Pelatihan Kepemimpinan Administrator (PKA)', en: 'Pelatihan Kepemimpinan Administrator (PKA)' },
  'domain.program.name.pkp': { id: 'Pelatihan Kepemimpinan Pengawas (PKP)', en: 'Pelatihan Kepemimpinan Pengawas (PKP)' },
  'domain.program.name.latsar': { id: 'Pelatihan Dasar CPNS (Latsar)', en: 'Pelatihan Dasar CPNS (Latsar)' },
  'domain.program.name.other': { id: 'Program lain', en: 'Other program' },
  'domain.cohort_number.invalid': {
    id: 'Nomor angkatan "{value}" tidak terbaca. Tulis dengan angka (22) atau angka Romawi (XXII).',
    en: 'Cannot read cohort number "{value}". Write it in digits (22) or Roman numerals (XXII).',
  },
  'domain.cohort_number.range': {
    id: 'Nomor angkatan "{value}" di luar rentang 1 sampai {max}. Periksa nomornya.',
    en: 'Cohort number "{value}" is outside 1 to {max}. Check the number.',
  },

  // Dates
  'domain.date.empty': {
    id: 'Tanggal kosong. Isi tanggal seperti 2018-08-15 atau 15/08/2018.',
    en: 'The date is empty. Enter a date such as 2018-08-15 or 15/08/2018.',
  },
  'domain.date.format': {
    id: 'Tanggal "{value}" tidak terbaca. Tulis seperti 2018-08-15, 15/08/2018 atau 15 Agustus 2018.',
    en: 'Cannot read the date "{value}". Write it as 2018-08-15, 15/08/2018 or 15 August 2018.',
  },
  'domain.date.month_name': {
    id: 'Nama bulan "{month}" pada tanggal "{value}" tidak dikenal. Tulis nama bulan lengkap, misalnya Agustus.',
    en: 'Unknown month name "{month}" in the date "{value}". Write the full month name, for example August.',
  },
  'domain.date.impossible': {
    id: 'Tanggal "{value}" tidak ada di kalender. Periksa hari dan bulannya.',
    en: 'The date "{value}" does not exist. Check its day and month.',
  },
  'domain.date.year_range': {
    id: 'Tahun {year} pada tanggal "{value}" di luar rentang {min} sampai {max}. Periksa tahunnya.',
    en: 'The year {year} in the date "{value}" is outside {min} to {max}. Check the year.',
  },
  'domain.date.future': {
    id: 'Tanggal {date} berada di masa depan (hari ini {today}). Isi tanggal yang sudah lewat.',
    en: 'The date {date} is in the future (today is {today}). Enter a date that has passed.',
  },

  // Project stages
  'domain.stage.unknown': {
    id: 'Tahap "{value}" tidak dikenal. Gunakan salah satu dari: {known} (atau ide, rancangan, implementasi, presentasi, adopsi, batal).',
    en: 'Unknown stage "{value}". Use one of: {known} (or ide, rancangan, implementasi, presentasi, adopsi, batal).',
  },
  'domain.stage.date_invalid': {
    id: 'Tanggal peristiwa "{date}" tidak sah. Tulis seperti 2018-08-15.',
    en: 'The event date "{date}" is invalid. Write it as 2018-08-15.',
  },
  'domain.stage.date_future': {
    id: 'Tanggal {date} berada di masa depan (hari ini {today}). Catat perubahan tahap setelah terjadi.',
    en: 'The date {date} is in the future (today is {today}). Record a stage change once it has happened.',
  },
  'domain.stage.date_before_last': {
    id: 'Tanggal {date} lebih awal dari peristiwa terakhir proyek ({last}). Isi tanggal {last} atau sesudahnya.',
    en: 'The date {date} is before the project\'s latest event ({last}). Use {last} or a later date.',
  },
  'domain.stage.advance_dropped': {
    id: 'Proyek ini sudah batal, jadi tidak bisa dinaikkan tahapnya. Buka kembali dulu dengan "proper project move ID --to TAHAP", ke tahap sebelum batal.',
    en: 'This project was dropped, so it cannot advance. Reopen it first with "proper project move ID --to STAGE", to the stage it was dropped from.',
  },
  'domain.stage.advance_from_adoption': {
    id: 'Proyek sudah di tahap adopsi, tahap terakhir. Untuk mencatat adopsi berikutnya gunakan "proper project adopt"; jika proyek berhenti, gunakan "proper project drop".',
    en: 'The project is already at adoption, the last stage. To record another adoption use "proper project adopt"; if the project stopped, use "proper project drop".',
  },
  'domain.stage.adoption_required': {
    id: 'Tahap adopsi memerlukan siapa yang mengadopsi. Sebutkan instansi atau unit dengan --by (boleh diulang).',
    en: 'Adoption needs who adopted the project. Name the agencies or units with --by (repeatable).',
  },
  'domain.stage.adoption_kind_required': {
    id: 'Tahap adopsi memerlukan jenis adopsi. Isi --kind dengan sustained, institutionalized, replicated atau adopted_elsewhere (berlanjut, dilembagakan, replikasi, diadopsi daerah lain).',
    en: 'Adoption needs its kind. Give --kind as sustained, institutionalized, replicated or adopted_elsewhere.',
  },
  'domain.stage.adopt_before_presentation': {
    id: 'Proyek masih di tahap {stage}; adopsi hanya bisa dicatat setelah presentasi. Naikkan dulu tahapnya sampai presentasi.',
    en: 'The project is still at {stage}; an adoption can only be recorded after the presentation. Advance it to presentation first.',
  },
  'domain.stage.same_stage': {
    id: 'Proyek sudah berada di tahap {stage}. Pilih tahap lain.',
    en: 'The project is already at {stage}. Choose another stage.',
  },
  'domain.stage.reason_required': {
    id: 'Mundur dari tahap {from} ke {to} memerlukan alasan. Tambahkan --reason "…".',
    en: 'Moving back from {from} to {to} needs a reason. Add --reason "…".',
  },
  'domain.stage.reopen_other_stage': {
    id: 'Proyek yang batal hanya bisa dibuka kembali ke tahap sebelum batal ({stage}), bukan {target}. Buka kembali ke {stage}, lalu pindahkan tahapnya.',
    en: 'A dropped project can only be reopened to the stage it was dropped from ({stage}), not {target}. Reopen it to {stage}, then move it.',
  },
  'domain.stage.drop_reason_required': {
    id: 'Membatalkan proyek memerlukan alasan. Tambahkan --reason "…".',
    en: 'Dropping a project needs a reason. Add --reason "…".',
  },
  'domain.stage.already_dropped': {
    id: 'Proyek ini sudah batal. Tidak ada yang diubah.',
    en: 'This project was already dropped. Nothing was changed.',
  },
  'domain.stage.reopen_not_dropped': {
    id: 'Hanya proyek yang batal yang bisa dibuka kembali; proyek ini di tahap {stage}.',
    en: 'Only a dropped project can be reopened; this one is at {stage}.',
  },
  'domain.stage.reopen_unknown': {
    id: 'Tahap sebelum proyek ini batal tidak tercatat. Sebutkan tahap tujuannya: "proper project move ID --to TAHAP".',
    en: 'The stage this project was dropped from is not recorded. Name the stage to return to: "proper project move ID --to STAGE".',
  },

  // Adoption and milestones
  'domain.adoption.kind_unknown': {
    id: 'Jenis adopsi "{value}" tidak dikenal. Gunakan salah satu dari: {known} (atau berlanjut, dilembagakan, replikasi, diadopsi daerah lain).',
    en: 'Unknown adoption kind "{value}". Use one of: {known}.',
  },
  'domain.adoption.adopters_required': {
    id: 'Belum ada pengadopsi. Sebutkan minimal satu instansi atau unit yang mengadopsi.',
    en: 'No adopter given. Name at least one agency or unit that adopted the project.',
  },
  'domain.milestone.horizon_unknown': {
    id: 'Jangka milestone "{value}" tidak dikenal. Gunakan pendek, menengah atau panjang ({known}).',
    en: 'Unknown milestone horizon "{value}". Use one of: {known}.',
  },
  'domain.milestone.rating_unknown': {
    id: 'Penilaian milestone "{value}" tidak dikenal. Gunakan belum, kurang, sesuai atau melampaui ({known}).',
    en: 'Unknown milestone rating "{value}". Use one of: {known}.',
  },

  // Enrolment and contact details
  'domain.enrolment.status_unknown': {
    id: 'Status peserta "{value}" tidak dikenal. Gunakan aktif, lulus, tidak lulus atau mengundurkan diri ({known}).',
    en: 'Unknown enrolment status "{value}". Use one of: {known}.',
  },
  'domain.email.shape': {
    id: 'Alamat email "{value}" tidak berbentuk email yang sah. Tulis seperti nama@instansi.go.id.',
    en: 'The e-mail address "{value}" is not a valid address. Write it as name@agency.go.id.',
  },
  'domain.phone.shape': {
    id: 'Nomor telepon "{value}" kosong atau tidak terbaca. Tulis seperti 0812-3456-789 atau +62 812 3456 789.',
    en: 'The phone number "{value}" is empty or unreadable. Write it as 0812-3456-789 or +62 812 3456 789.',
  },
  'domain.phone.characters': {
    id: 'Nomor telepon "{value}" memuat huruf atau tanda yang tidak boleh. Gunakan angka saja (spasi, tanda hubung dan +62 di depan boleh).',
    en: 'The phone number "{value}" contains letters or symbols. Use digits only (spaces, dashes and a leading +62 are allowed).',
  },
  'domain.phone.prefix': {
    id: 'Nomor telepon "{value}" harus diawali 0, 62 atau +62. Periksa nomornya.',
    en: 'The phone number "{value}" must start with 0, 62 or +62. Check the number.',
  },
  'domain.phone.length': {
    id: 'Nomor telepon "{value}" terdiri dari {digits} digit, terlalu pendek atau terlalu panjang untuk nomor Indonesia. Periksa nomornya.',
    en: 'The phone number "{value}" has {digits} digits, too few or too many for an Indonesian number. Check the number.',
  },

  // Scores, predicate bands and settings
  'domain.score.not_number': {
    id: 'Nilai "{value}" bukan angka. Tulis angka 0 sampai 100, misalnya 85,5.',
    en: 'The score "{value}" is not a number. Write a number from 0 to 100, for example 85.5.',
  },
  'domain.score.range': {
    id: 'Nilai "{value}" di luar rentang 0 sampai 100. Periksa nilainya.',
    en: 'The score "{value}" is outside 0 to 100. Check the score.',
  },
  'domain.pass_mark.invalid': {
    id: 'Batas lulus "{value}" harus berupa angka 0 sampai 100, misalnya 70.',
    en: 'The pass mark "{value}" must be a number from 0 to 100, for example 70.',
  },
  'domain.bands.count': {
    id: 'Batas predikat "{value}" memuat {count} angka, seharusnya 4 (misalnya 90,80,70,60).',
    en: 'The bands "{value}" hold {count} numbers instead of 4 (for example 90,80,70,60).',
  },
  'domain.bands.number': {
    id: 'Batas predikat "{value}": "{part}" bukan angka. Tulis empat angka dipisah koma, misalnya 90,80,70,60.',
    en: 'The bands "{value}": "{part}" is not a number. Write four numbers separated by commas, for example 90,80,70,60.',
  },
  'domain.bands.range': {
    id: 'Batas predikat "{value}": {part} lebih dari 100. Setiap batas harus 0 sampai 100.',
    en: 'The bands "{value}": {part} is above 100. Each bound must be from 0 to 100.',
  },
  'domain.bands.order': {
    id: 'Batas predikat "{value}" harus menurun tegas dari Sangat Memuaskan ke Kurang Memuaskan, misalnya 90,80,70,60.',
    en: 'The bands "{value}" must strictly descend from Sangat Memuaskan to Kurang Memuaskan, for example 90,80,70,60.',
  },
  'domain.setting.unknown_key': {
    id: 'Pengaturan "{key}" tidak dikenal. Gunakan bands.PROGRAM atau pass_mark.PROGRAM, dengan PROGRAM salah satu dari: {programs}.',
    en: 'Unknown setting "{key}". Use bands.PROGRAM or pass_mark.PROGRAM, where PROGRAM is one of: {programs}.',
  },
} satisfies Catalog;
