import { t } from '../../i18n/index.js';
import { getSetting, listAllSettings, setSetting } from '../../usecases/settings.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';
import { printSettingTable } from '../views/config.js';

export async function list(invocation: Invocation): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const settings = listAllSettings(db);
    if (out.json) return out.data(settings);
    printSettingTable(out, settings);
  }, { mode: 'read' });
}

export async function get(invocation: Invocation): Promise<void> {
  const [key] = invocation.args as [string];
  await withSession(invocation, ({ db, out }) => {
    const setting = getSetting(db, key);
    if (out.json) return out.data(setting);
    out.line(setting.value);
  }, { mode: 'read' });
}

export async function set(invocation: Invocation): Promise<void> {
  const [key, value] = invocation.args as [string, string];
  await withSession(invocation, ({ db, out }) => {
    const change = setSetting(db, key, value);
    if (out.json) return out.data({ key: change.key, value: change.value });
    printSettingTable(out, [change]);
    out.success(t('cli.config.set.done', { key: change.key, previous: change.previous ?? '-', value: change.value }));
    if (change.key.startsWith('bands.')) out.hint(t('cli.config.set.bandsNote'));
    out.hint(t('cli.next', { command: `proper config list` }));
  }, { mode: 'write' });
}
