import type { Catalog } from './types.js';

export const commonMessages = {
  'error.unexpected': {
    id: 'Terjadi kesalahan tak terduga: {message}. Jalankan lagi dengan PROPER_DEBUG=1 untuk melihat rinciannya.',
    en: 'Unexpected failure: {message}. Run again with PROPER_DEBUG=1 to see the details.',
  },
  'error.interrupted': { id: 'Dibatalkan; tidak ada yang disimpan.', en: 'Cancelled; nothing was saved.' },
} satisfies Catalog;
