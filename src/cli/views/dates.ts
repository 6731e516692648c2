// Dates as people read them: "Rabu, 15 Agustus 2018" in Indonesian, "Wednesday, 15 August 2018" in English.
import { createRequire } from 'node:module';
import { currentLanguage } from '../../i18n/index.js';

// date-fns and its locales (about 45 modules) load on the first date shown, so that `--json`
// output, which prints ISO dates, never pays for them.
const require = createRequire(import.meta.url);

export function formatHumanDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  const { format } = require('date-fns/format') as typeof import('date-fns/format');
  const locale =
    currentLanguage() === 'id'
      ? (require('date-fns/locale/id') as typeof import('date-fns/locale/id')).id
      : (require('date-fns/locale/en-GB') as typeof import('date-fns/locale/en-GB')).enGB;
  return format(date, 'EEEE, d MMMM yyyy', { locale });
}
