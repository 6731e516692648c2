// How settings look to a person at the terminal: the value and what it means.
import type { Setting } from '../../domain/types.js';
import { t } from '../../i18n/index.js';
import type { Output } from '../output.js';

export function settingMeaning(setting: Setting): string {
  if (setting.key.startsWith('bands.')) {
    const [a, b, c, d] = setting.value.split(',');
    return t('config.meaning.bands', { a, b, c, d });
  }
  if (setting.key.startsWith('pass_mark.')) return t('config.meaning.passMark', { value: setting.value });
  if (setting.key === 'similarity.warn') return t('config.meaning.similarityWarn', { value: setting.value });
  return '';
}

export function printSettingTable(out: Output, settings: Setting[]): void {
  out.table(
    [t('config.field.key'), t('config.field.value'), t('config.field.meaning')],
    settings.map((s) => [s.key, s.value, settingMeaning(s)]),
  );
}
