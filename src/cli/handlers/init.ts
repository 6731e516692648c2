import { SCHEMA_VERSION } from '../../db/migrate.js';
import { t } from '../../i18n/index.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';

export async function init(invocation: Invocation): Promise<void> {
  await withSession(invocation, ({ out, dbPath }) => {
    if (out.json) out.data({ path: dbPath, schema_version: SCHEMA_VERSION });
    else out.success(t('cli.init.done', { path: dbPath, version: SCHEMA_VERSION }));
  }, { mode: 'write' });
}
