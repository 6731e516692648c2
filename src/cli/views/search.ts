// How search hits and similar projects look at a terminal and in plain text.
import { MATCH_END, MATCH_START } from '../../db/search.js';
import { decimalText, t } from '../../i18n/index.js';
import type { SearchHit } from '../../usecases/search.js';
import type { SimilarProject } from '../../usecases/similarity.js';
import type { Output } from '../output.js';
import { stageCell, stageLabel } from '../stage-colors.js';

const marks = new RegExp(`[${MATCH_START}${MATCH_END}]`, 'g');

/** The snippet as JSON carries it: the text found, without the match marks, on one line. */
export function rawSnippet(snippet: string): string {
  return snippet.replace(marks, '').replace(/\s*\n\s*/g, ' · ');
}

/** Matches in bold at a terminal with colour, between [brackets] otherwise. */
export function shownSnippet(out: Output, snippet: string): string {
  const line = snippet.replace(/\s*\n\s*/g, ' · ');
  return line.replace(new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g'), (_, word: string) =>
    out.color ? out.paint.bold.underline(word) : `[${word}]`,
  );
}

export function searchJson(hits: SearchHit[]): SearchHit[] {
  return hits.map((hit) => ({ ...hit, snippet: rawSnippet(hit.snippet) }));
}

export function printSearchHits(out: Output, hits: SearchHit[]): void {
  out.table(
    [t('cli.search.col.id'), t('cli.search.col.kind'), t('cli.search.col.where'), t('cli.search.col.title'), t('cli.search.col.found')],
    hits.map((hit) => [
      hit.id,
      t(`cli.search.kind.${hit.kind}`),
      hit.kind === 'project' ? `${hit.cohort}\n${stageCell(out, hit.stage)}` : hit.code,
      hit.title,
      shownSnippet(out, hit.snippet),
    ]),
  );
}

export function printSimilarTable(out: Output, similar: SimilarProject[]): void {
  out.table(
    [t('cli.similar.col.similarity'), t('cli.search.col.id'), t('cli.similar.col.cohort'), t('cli.search.col.title'), t('cli.similar.col.stage')],
    similar.map((s) => [decimalText(s.similarity.toFixed(2)), s.project_id, s.cohort, s.innovation_name ? `${s.title}\n(${s.innovation_name})` : s.title, stageCell(out, s.stage)]),
  );
}

/** One warning line per similar project, on stderr. */
export function warnSimilar(out: Output, similar: readonly SimilarProject[], where: { subject: number } | { line: number }): void {
  for (const s of similar) {
    const params = { similarity: decimalText(s.similarity.toFixed(2)), cohort: s.cohort, title: s.title, stage: stageLabel(s.stage), id: s.project_id };
    out.warn('line' in where ? t('cli.similar.warnLine', { ...params, line: where.line }) : t('cli.similar.warn', { ...params, subject: where.subject }));
  }
}
