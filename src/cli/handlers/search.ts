// proper search QUERY (cari): check the options and the words before opening the database.
import { t } from '../../i18n/index.js';
import type { SearchOptionsInput } from '../../usecases/search.js';
import { search as searchIndex, searchOptions, searchWords } from '../../usecases/search.js';
import type { Invocation } from '../invocation.js';
import { withSession } from '../session.js';
import { printSearchHits, searchJson } from '../views/search.js';

export async function search(invocation: Invocation<SearchOptionsInput>): Promise<void> {
  const query = (invocation.args[0] as string[]).join(' ');
  const options = await searchOptions(invocation.opts);
  searchWords(query);
  await withSession(invocation, ({ db, out }) => {
    const hits = searchIndex(db, query, options);
    if (out.json) return out.data(searchJson(hits));
    if (hits.length === 0) return out.hint(t('cli.search.none', { query }));
    printSearchHits(out, hits);
  }, { mode: 'read' });
}
