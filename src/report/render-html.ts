// The report as one self-contained HTML file: inline CSS (A4 print rules), inline SVG charts, no
// network. Everything from the data is escaped.
import { currentLanguage, t } from '../i18n/index.js';
import { humanCell } from './cell-text.js';
import { compactColumns } from './document.js';
import type { Cell, Chart, ReportDocument, Section } from './document.js';
import type { CohortReport } from './cohort-model.js';
import { dateTime, longDate } from './labels.js';
import { buildDocument } from './report-kind.js';
import type { ReportKind, ReportModels } from './report-kind.js';
import { chartSvg, escapeXml as esc } from './svg.js';

const CSS = `
@page { size: A4; margin: 14mm 13mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef1f5; color: #1d2733; font: 10pt/1.45 "Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 210mm; margin: 0 auto; background: #fff; padding: 12mm 13mm 14mm; }
.masthead { border-bottom: 3px solid #1f3a5f; padding-bottom: 8px; margin-bottom: 14px; }
.eyebrow { font-size: 8.5pt; letter-spacing: .14em; text-transform: uppercase; color: #5a6b80; font-weight: 600; }
h1 { font-size: 17pt; line-height: 1.2; margin: 2px 0 4px; color: #1f3a5f; }
.masthead p { margin: 0; color: #3b4a5c; }
.masthead .generated { font-size: 8.5pt; color: #7a8796; margin-top: 3px; }
h2 { font-size: 11.5pt; color: #1f3a5f; margin: 16px 0 6px; padding-bottom: 3px; border-bottom: 1px solid #c9d3df; break-after: avoid; page-break-after: avoid; }
section { margin: 0; }
.facts { display: grid; grid-template-columns: repeat(2, 1fr); gap: 2px 18px; margin: 0; }
.facts div { display: flex; gap: 8px; padding: 3px 0; border-bottom: 1px dotted #d5dce5; }
.facts dt { flex: 0 0 38%; color: #5a6b80; margin: 0; }
.facts dd { margin: 0; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 4px 0 8px; }
.card { border: 1px solid #d5dce5; border-top: 3px solid #2b5a8f; border-radius: 4px; padding: 6px 8px; break-inside: avoid; }
.card .value { font-size: 17pt; font-weight: 700; color: #1f3a5f; line-height: 1.1; }
.card .label { font-size: 8pt; color: #5a6b80; }
.chips { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 8.5pt; color: #3b4a5c; margin-bottom: 4px; }
.chips b { color: #1f3a5f; }
.figures { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 8px 0 4px; }
.figures.single { grid-template-columns: 1fr; }
figure { margin: 0; border: 1px solid #e1e6ed; border-radius: 4px; padding: 6px 8px 4px; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 8.5pt; font-weight: 600; color: #3b4a5c; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; display: block; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; }
thead { display: table-header-group; }
th { text-align: left; background: #1f3a5f; color: #fff; font-weight: 600; padding: 4px 6px; vertical-align: bottom; }
td { padding: 3px 6px; border-bottom: 1px solid #e1e6ed; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f6f8fb; }
table.dense { font-size: 7.8pt; }
table.dense th, table.dense td { padding: 3px 4px; }
tr { break-inside: avoid; page-break-inside: avoid; }
tfoot td { font-weight: 700; border-top: 1.5px solid #1f3a5f; border-bottom: none; background: #fff; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
.nowrap { white-space: nowrap; }
.nip { white-space: nowrap; font-variant-numeric: tabular-nums; }
.sub { display: block; color: #6b7888; font-size: 8pt; }
.none { color: #7a8796; font-style: italic; margin: 2px 0 6px; }
.kind-warnings td:first-child { color: #9a5b00; font-weight: 600; white-space: nowrap; }
.signature { margin: 28px 0 0 auto; width: 300px; text-align: left; page-break-inside: avoid; break-inside: avoid; }
.signature .sign-space { height: 64px; }
.signature .sign-name { font-weight: 600; text-decoration: underline; }
footer { margin-top: 18px; padding-top: 6px; border-top: 1px solid #c9d3df; font-size: 8pt; color: #7a8796; }
@media print {
  body { background: #fff; }
  .page { max-width: none; padding: 0; }
}
`;

/** Codes and other single words ("pim4-xxii-2018", "sby-dpmptsp") are never broken at a hyphen. */
function cellHtml(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  const value = humanCell(cell);
  return /^[\w.-]{1,24}$/.test(value) && value.includes('-') ? `<span class="nowrap">${esc(value)}</span>` : esc(value);
}

function groupHtml(cells: Cell[], indexes: number[]): string {
  const parts = indexes.map((i) => cellHtml(cells[i])).filter((v) => v !== '');
  const [main = '', ...rest] = parts;
  return main + rest.map((p) => `<span class="sub">${p}</span>`).join('');
}

function isNip(section: Section, index: number): boolean {
  return section.rows.some((r) => r[index]?.kind === 'nip');
}

function tableHtml(section: Section): string {
  const columns = compactColumns(section);
  // Each column's class once, not once per cell: the table stays linear in its rows.
  const classes = columns.map((c) =>
    c.numeric ? ' class="num"' : c.indexes[0] !== undefined && c.indexes.length === 1 && isNip(section, c.indexes[0]) ? ' class="nip"' : '',
  );
  const head = columns.map((c) => `<th${c.numeric ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
  const body = section.rows
    .map((r) => `<tr>${columns.map((c, i) => `<td${classes[i]}>${groupHtml(r, c.indexes)}</td>`).join('')}</tr>`)
    .join('\n');
  const foot = section.footer
    ? `<tfoot><tr>${columns.map((c, i) => `<td${classes[i]}>${groupHtml(section.footer ?? [], c.indexes)}</td>`).join('')}</tr></tfoot>`
    : '';
  return `<table${columns.length > 7 ? ' class="dense"' : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody>${foot}</table>`;
}

function factsHtml(section: Section): string {
  const items = section.rows.map((r) => `<div><dt>${cellHtml(r[0])}</dt><dd>${cellHtml(r[1])}</dd></div>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

/** The overview as cards: the first five figures large, the rest as a line of chips. */
function cardsHtml(section: Section): string {
  const cards = section.rows
    .slice(0, 5)
    .map((r) => `<div class="card"><div class="value">${cellHtml(r[1])}</div><div class="label">${cellHtml(r[0])}</div></div>`);
  const chips = section.rows.slice(5).map((r) => `<span>${cellHtml(r[0])}: <b>${cellHtml(r[1])}</b></span>`);
  return `<div class="cards">${cards.join('')}</div>${chips.length ? `<div class="chips">${chips.join('')}</div>` : ''}`;
}

function figuresHtml(charts: Chart[]): string {
  if (charts.length === 0) return '';
  const figures = charts.map((c) => `<figure><figcaption>${esc(c.title)}</figcaption>${chartSvg(c)}</figure>`);
  return `<div class="figures${charts.length === 1 ? ' single' : ''}">${figures.join('')}</div>`;
}

function sectionHtml(section: Section): string {
  const heading = `<h2>${esc(section.title)}</h2>`;
  let content: string;
  if (section.rows.length === 0) content = `<p class="none">${esc(t('report.none'))}</p>`;
  else if (section.id === 'overview') content = cardsHtml(section);
  else if (section.layout === 'facts') content = factsHtml(section);
  else content = tableHtml(section);
  return `<section id="${esc(section.id)}" class="kind-${esc(section.id)}">${heading}${content}</section>`;
}

const isSmall = (s: Section) => s.layout === 'table' && s.columns.length <= 3;

/** Sections in order; small tables two to a row; the charts after the first two sections (or the first). */
function bodyHtml(doc: ReportDocument): string {
  const charts = doc.sections.flatMap((s) => (s.chart ? [s.chart] : []));
  const chartsAfter = doc.sections.length > 2 ? 1 : 0;
  const out: string[] = [];
  let pair: string[] = [];
  const flush = () => {
    if (pair.length) out.push(`<div class="grid2">${pair.join('')}</div>`);
    pair = [];
  };
  doc.sections.forEach((section, i) => {
    if (isSmall(section)) pair.push(sectionHtml(section));
    else {
      flush();
      out.push(sectionHtml(section));
    }
    if (i === chartsAfter) {
      flush();
      out.push(figuresHtml(charts));
    }
  });
  flush();
  return out.join('\n');
}

/**
 * The signature block that ends a printed cohort report: place and date, the position, room to
 * sign, the name and the NIP (settings report.signatory.*; without a name, none is drawn).
 */
function signatureHtml(kind: ReportKind, model: ReportModels[ReportKind]): string {
  if (kind !== 'cohort') return '';
  const { signatory, as_of: asOf } = model as CohortReport;
  if (!signatory) return '';
  const date = longDate(asOf).replace(/^[^,]*, /, '');
  const placeDate = signatory.place ? t('report.signature.place_date', { place: signatory.place, date }) : date;
  const nip = signatory.nip ? `<div>${esc(t('report.signature.nip', { nip: signatory.nip }))}</div>` : '';
  return `<section class="signature">
<div>${esc(placeDate)}</div>
<div>${esc(signatory.position ?? t('report.signature.role'))}</div>
<div class="sign-space"></div>
<div class="sign-name">${esc(signatory.name)}</div>
${nip}
</section>`;
}

export function renderHtml<K extends ReportKind>(kind: K, model: ReportModels[K]): string {
  const doc = buildDocument(kind, model);
  const generated = doc.generatedAt ? t('report.generated_at', { date: dateTime(doc.generatedAt) }) : '';
  const lines = doc.lines.length ? `<p>${doc.lines.map(esc).join(' · ')}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${currentLanguage()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${doc.title} — ${doc.subtitle}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="page">
<header class="masthead">
${doc.headline === 'subtitle' ? `<div class="eyebrow">${esc(doc.title)}</div>\n<h1>${esc(doc.subtitle)}</h1>` : `<h1>${esc(doc.title)}</h1>\n<p>${esc(doc.subtitle)}</p>`}
${lines}
${generated ? `<p class="generated">${esc(generated)}</p>` : ''}
</header>
${bodyHtml(doc)}
${signatureHtml(kind, model)}
<footer>${esc(doc.title)} · ${esc(doc.subtitle)}${generated ? ` · ${esc(generated)}` : ''}</footer>
</main>
</body>
</html>
`;
}
