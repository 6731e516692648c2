import type { Catalog } from './types.js';

// The command line itself: program and global options, usage errors, shared field labels.
export const cliMessages = {
  'cli.program.description': {
    id: 'Catatan pelatihan kepemimpinan: angkatan, peserta, lokus benchmarking, dan proyek perubahan dalam satu berkas SQLite.',
    en: 'Leadership-training records: cohorts, participants, benchmarking sites and change projects in one SQLite file.',
  },
  'cli.option.version': { id: 'tampilkan versi', en: 'show the version' },
  'cli.option.help': { id: 'tampilkan bantuan perintah', en: 'show help for the command' },
  'cli.option.db': {
    id: 'berkas basis data (bawaan: $PROPER_DB, lalu ~/.local/share/proper/proper.db)',
    en: 'database file (default: $PROPER_DB, then ~/.local/share/proper/proper.db)',
  },
  'cli.option.json': { id: 'keluaran JSON untuk skrip, tanpa warna', en: 'JSON output for scripts, no colour' },
  'cli.option.lang': { id: 'bahasa pesan: id atau en (juga $PROPER_LANG)', en: 'message language: id or en (also $PROPER_LANG)' },
  'cli.option.noColor': { id: 'tanpa warna (juga $NO_COLOR)', en: 'no colour (also $NO_COLOR)' },
  'cli.option.yes': { id: 'jawab "ya" pada konfirmasi; tidak pernah bertanya', en: 'answer "yes" to confirmations; never ask' },
  'cli.option.noInput': { id: 'jangan pernah bertanya; nilai yang kurang menjadi galat', en: 'never ask; a missing value is an error' },
  'cli.help.examples': { id: 'Contoh:', en: 'Examples:' },
  'cli.next': { id: 'Berikutnya: {command}', en: 'Next: {command}' },
  'cli.filter.year': { id: 'hanya tahun ini', en: 'only this year' },
  'cli.filter.program': { id: 'hanya program ini (pim4, pkp, "PIM IV" …)', en: 'only this program (pim4, pkp, "PIM IV" …)' },
  'cli.filter.cohort': { id: 'hanya angkatan ini (kode)', en: 'only this cohort (code)' },

  'cli.error.unknownOption': { id: 'opsi tidak dikenal ({detail}).', en: 'unknown option ({detail}).' },
  'cli.error.unknownCommand': { id: 'perintah tidak dikenal ({detail}).', en: 'unknown command ({detail}).' },
  'cli.error.missingArgument': { id: 'argumen wajib tidak diberikan ({detail}).', en: 'a required argument is missing ({detail}).' },
  'cli.error.optionMissingArgument': { id: 'opsi memerlukan nilai ({detail}).', en: 'an option needs a value ({detail}).' },
  'cli.error.missingMandatoryOption': { id: 'opsi wajib tidak diberikan ({detail}).', en: 'a required option is missing ({detail}).' },
  'cli.error.invalidArgument': { id: 'nilai tidak sah ({detail}).', en: 'invalid value ({detail}).' },
  'cli.error.excessArguments': { id: 'terlalu banyak argumen ({detail}).', en: 'too many arguments ({detail}).' },
  'cli.error.conflictingOption': { id: 'opsi yang saling bertentangan ({detail}).', en: 'conflicting options ({detail}).' },
  'cli.error.seeHelp': { id: 'Lihat: {command} --help', en: 'See: {command} --help' },
  'cli.error.missingValue': {
    id: 'nilai {flag} wajib diisi. Berikan {flag} NILAI (tanpa terminal interaktif, proper tidak bertanya).',
    en: '{flag} is required. Pass {flag} VALUE (without an interactive terminal, proper does not ask).',
  },
  'cli.error.needsYes': {
    id: 'perintah ini menghapus data dan perlu konfirmasi: tambahkan --yes untuk menjalankannya tanpa terminal interaktif.',
    en: 'this command deletes data and needs confirmation: add --yes to run it without an interactive terminal.',
  },

  'cli.init.description': { id: 'buat basis data (perintah lain juga membuatnya bila belum ada)', en: 'create the database (every other command also creates it when missing)' },
  'cli.init.done': { id: 'Basis data siap: {path} (skema versi {version}).', en: 'Database ready: {path} (schema version {version}).' },

  'cli.completion.description': {
    id: 'cetak skrip pelengkapan (tab) untuk shell: perintah, opsi, kode angkatan dan lokus, nama tahap',
    en: 'print a shell completion script: commands, options, cohort and lokus codes, stage names',
  },
  'cli.completion.arg.shell': { id: 'shell: bash, zsh atau fish', en: 'shell: bash, zsh or fish' },

  'cli.wizard.equivalent': { id: 'Perintah yang sama tanpa pertanyaan:\n  {command}', en: 'The same as one command, without questions:\n  {command}' },

  'field.code': { id: 'Kode', en: 'Code' },
  'field.program': { id: 'Program', en: 'Program' },
  'field.number': { id: 'Angkatan', en: 'Number' },
  'field.year': { id: 'Tahun', en: 'Year' },
  'field.organizer': { id: 'Penyelenggara', en: 'Organiser' },
  'field.startDate': { id: 'Mulai', en: 'Start' },
  'field.endDate': { id: 'Selesai', en: 'End' },
  'field.place': { id: 'Tempat', en: 'Place' },
  'field.participants': { id: 'Peserta', en: 'Participants' },
  'field.projects': { id: 'Proyek', en: 'Projects' },
  'field.visits': { id: 'Kunjungan', en: 'Visits' },

  // Prompts: the prompt library's own words, and answers shared by every wizard.
  'cli.prompt.key.navigate': { id: 'pilih', en: 'move' },
  'cli.prompt.key.select': { id: 'ambil', en: 'choose' },
  'cli.prompt.key.submit': { id: 'selesai', en: 'done' },
  'cli.prompt.key.all': { id: 'semua', en: 'all' },
  'cli.prompt.key.invert': { id: 'balik', en: 'invert' },
  'cli.prompt.key.space': { id: 'spasi', en: 'space' },
  'cli.prompt.noResults': { id: 'Tidak ada yang cocok; ketik bagian lain dari nama atau nomor.', en: 'Nothing matches; type another part of the name or number.' },
  'cli.prompt.chooseOne': { id: 'Pilih sedikitnya satu (spasi untuk memilih).', en: 'Choose at least one (space to select).' },
  'cli.prompt.invalid': { id: 'Nilai ini tidak sah.', en: 'This value is not valid.' },
  'cli.prompt.yes': { id: 'Ya', en: 'Yes' },
  'cli.prompt.no': { id: 'Tidak', en: 'No' },
  'cli.prompt.yesNoDefaultYes': { id: '(Y/t)', en: '(Y/n)' },
  'cli.prompt.yesNoDefaultNo': { id: '(y/T)', en: '(y/N)' },
  'cli.prompt.answerYesNo': { id: 'Jawab y (ya) atau t (tidak).', en: 'Answer y (yes) or n (no).' },
  'cli.ask.skip': { id: '(lewati)', en: '(skip)' },
  'cli.ask.required': { id: 'Wajib diisi.', en: 'Required.' },
  'cli.ask.noCohorts': { id: 'Belum ada angkatan. Tambahkan dulu: proper cohort add', en: 'There are no cohorts yet. Add one first: proper cohort add' },

  // Commander's own help words, in the user's language.
  'cli.help.usage': { id: 'Penggunaan:', en: 'Usage:' },
  'cli.help.arguments': { id: 'Argumen:', en: 'Arguments:' },
  'cli.help.options': { id: 'Opsi:', en: 'Options:' },
  'cli.help.globalOptions': { id: 'Opsi global:', en: 'Global Options:' },
  'cli.help.commands': { id: 'Perintah:', en: 'Commands:' },
  'cli.help.default': { id: 'bawaan: {value}', en: 'default: {value}' },
  'cli.help.choices': { id: 'pilihan: {values}', en: 'choices: {values}' },
  'cli.help.env': { id: 'variabel lingkungan: {name}', en: 'env: {name}' },
  'cli.help.optionsWord': { id: '[opsi]', en: '[options]' },
  'cli.help.commandWord': { id: '[perintah]', en: '[command]' },
} satisfies Catalog;
