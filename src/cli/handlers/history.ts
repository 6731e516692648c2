import { t } from '../../i18n/index.js';
import type { HistoryInput } from '../../usecases/audit.js';
import { describeChange, listHistory } from '../../usecases/audit.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';

export async function history(invocation: Invocation<HistoryInput>): Promise<void> {
  await withSession(invocation, ({ db, out }) => {
    const entries = listHistory(db, invocation.opts);
    if (out.json) return out.data(entries);
    if (entries.length === 0) return out.hint(t('cli.history.none'));
    out.table(
      [t('cli.history.col.at'), t('cli.history.col.user'), t('cli.history.col.action'), t('cli.history.col.table'), t('cli.history.col.row'), t('cli.history.col.change')],
      entries.map((e) => [localTime(e.at), e.os_user, t(`cli.history.action.${e.action}`), e.table_name, e.row_id, describeChange(e)]),
    );
  }, { mode: 'read' });
}

/** 2024-08-15 09:30:12 in the officer's time zone (the trail keeps UTC). */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
