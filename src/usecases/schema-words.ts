// A schema difference in the user's words: "unexpected trigger copy_nip (on people)".
import type { SchemaDifference } from '../db/schema.js';
import { t } from '../i18n/index.js';

/** One sentence naming the object, its table and what differs. */
export function describeDifference(d: SchemaDifference): string {
  const type = t(`schema.type.${d.type}`);
  const on = d.table !== d.name ? t('schema.onTable', { table: d.table }) : '';
  const columns = d.detail ? t('schema.columns', { detail: d.detail }) : '';
  return t(`schema.${d.change}`, { type, name: d.name, on, columns }).replace(/\s+/g, ' ').trim();
}
