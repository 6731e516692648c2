// Dates as people read them: "Rabu, 15 Agustus 2018" in Indonesian, "Wednesday, 15 August 2018" in English.
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import { currentLanguage } from '../../i18n/index.js';

export function formatHumanDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return format(date, 'EEEE, d MMMM yyyy', { locale: currentLanguage() === 'id' ? idLocale : enGB });
}
