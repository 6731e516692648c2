// Small SVG charts for the html report, built as strings: no library, no network, and every piece
// of text escaped.
import { t } from '../i18n/index.js';
import type { Chart } from './document.js';
import { humanNumber } from './labels.js';

/** Text safe inside HTML or SVG, in content and in quoted attributes. */
export function escapeXml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

type Attrs = Record<string, string | number | undefined>;

/** An element; `children` are markup already built (use escapeXml for text). */
export function el(tag: string, attrs: Attrs = {}, children: string | string[] = ''): string {
  const attrText = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? round(v) : String(v))}"`)
    .join('');
  const inner = Array.isArray(children) ? children.join('') : children;
  return `<${tag}${attrText}>${inner}</${tag}>`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function label(x: number, y: number, value: string, attrs: Attrs = {}): string {
  return el('text', { x, y, 'dominant-baseline': 'middle', ...attrs }, escapeXml(value));
}

function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

function svg(width: number, height: number, title: string, body: string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': title,
      class: 'chart',
      'font-family': 'inherit',
      'font-size': 11,
    },
    [el('title', {}, escapeXml(title)), ...body],
  );
}

export const STAGE_COLOURS = ['#a9c1de', '#7c9fcb', '#4f7cb3', '#2b5a8f', '#1f7a55', '#b3b3b3'];
const SERIES_COLOURS = ['#2b5a8f', '#7c9fcb', '#1f7a55', '#c98a1b', '#8a5a9e', '#b3b3b3'];

function emptyNote(width: number, height: number): string {
  return label(width / 2, height / 2, t('report.chart.no_data'), { 'text-anchor': 'middle', fill: '#888' });
}

/**
 * The pipeline as a funnel: one centred bar per stage, its width the number of projects there,
 * joined to the next stage by a pale band; the last item (dropped) stands apart in grey.
 */
export function funnelChart(chart: Chart): string {
  const width = 380;
  const labelWidth = 96;
  const valueWidth = 30;
  const rowHeight = 26;
  const barHeight = 18;
  const items = chart.items;
  const height = items.length * rowHeight + 12;
  const max = Math.max(0, ...items.map((i) => i.values[0] ?? 0));
  const area = width - labelWidth - valueWidth;
  const centre = labelWidth + area / 2;
  const widthOf = (v: number) => (max === 0 || v === 0 ? 0 : Math.max(4, (v / max) * area));
  const body: string[] = [];
  items.forEach((item, i) => {
    const value = item.values[0] ?? 0;
    const w = widthOf(value);
    const y = 6 + i * rowHeight;
    const last = i === items.length - 1;
    const next = items[i + 1];
    if (next && i + 1 < items.length - 1) {
      const w2 = widthOf(next.values[0] ?? 0);
      const yb = y + barHeight;
      const yn = y + rowHeight;
      body.push(
        el('polygon', {
          points: `${centre - w / 2},${yb} ${centre + w / 2},${yb} ${centre + w2 / 2},${yn} ${centre - w2 / 2},${yn}`,
          fill: '#dfe8f3',
        }),
      );
    }
    body.push(label(labelWidth - 8, y + barHeight / 2, item.label, { 'text-anchor': 'end', fill: last ? '#777' : '#233' }));
    if (w > 0) {
      body.push(
        el('rect', {
          x: centre - w / 2,
          y,
          width: w,
          height: barHeight,
          rx: 3,
          fill: STAGE_COLOURS[last ? STAGE_COLOURS.length - 1 : i % (STAGE_COLOURS.length - 1)],
        }),
      );
    } else {
      body.push(el('line', { x1: centre, y1: y + 2, x2: centre, y2: y + barHeight - 2, stroke: '#ccc' }));
    }
    body.push(
      label(width - 4, y + barHeight / 2, humanNumber(value), { 'text-anchor': 'end', 'font-weight': 'bold', fill: '#233' }),
    );
  });
  if (max === 0) body.push(emptyNote(width, height));
  return svg(width, height, chart.title, body);
}

function legend(series: string[], y: number, colours: string[]): string[] {
  let x = 4;
  const out: string[] = [];
  series.forEach((name, i) => {
    out.push(el('rect', { x, y: y - 5, width: 10, height: 10, rx: 2, fill: colours[i % colours.length] }));
    out.push(label(x + 14, y, name, { fill: '#333' }));
    x += 24 + name.length * 6.2;
  });
  return out;
}

/** Horizontal bars, one group per item, one bar per series, the value at the bar's end. */
export function barChart(chart: Chart): string {
  const width = 380;
  const labelWidth = 156;
  const valueWidth = 30;
  const series = chart.series.length;
  const barHeight = series > 1 ? 10 : 18;
  const groupHeight = series * barHeight + (series > 1 ? 10 : 8);
  const legendHeight = series > 1 ? 22 : 0;
  const height = Math.max(40, chart.items.length * groupHeight + legendHeight + 8);
  const max = Math.max(0, ...chart.items.flatMap((i) => i.values));
  const area = width - labelWidth - valueWidth;
  const body: string[] = series > 1 ? legend(chart.series, 10, SERIES_COLOURS) : [];
  chart.items.forEach((item, i) => {
    const y = legendHeight + 4 + i * groupHeight;
    const groupMiddle = y + (series * barHeight) / 2;
    const sub = item.label.startsWith('·');
    body.push(
      el('g', {}, [
        el('title', {}, escapeXml(item.label)),
        label(labelWidth - 8, groupMiddle, shorten(item.label, 22), {
          'text-anchor': 'end',
          fill: sub ? '#666' : '#233',
        }),
      ]),
    );
    item.values.forEach((value, s) => {
      const w = max === 0 ? 0 : (value / max) * area;
      const by = y + s * barHeight;
      const colour = series > 1 ? SERIES_COLOURS[s % SERIES_COLOURS.length] : sub ? '#9cc7b1' : '#2b5a8f';
      if (w > 0) body.push(el('rect', { x: labelWidth, y: by + 1, width: Math.max(2, w), height: barHeight - 2, rx: 2, fill: colour }));
      body.push(label(labelWidth + Math.max(2, w) + 4, by + barHeight / 2, humanNumber(value), { fill: '#233' }));
    });
  });
  if (chart.items.length === 0 || max === 0) body.push(emptyNote(width, height));
  return svg(width, height, chart.title, body);
}

/** One horizontal bar per item, split into its series (the stages), with a legend. */
export function stackedChart(chart: Chart): string {
  const width = 560;
  const labelWidth = 120;
  const valueWidth = 40;
  const rowHeight = 24;
  const legendHeight = 24;
  const height = Math.max(50, legendHeight + chart.items.length * rowHeight + 8);
  const totals = chart.items.map((i) => i.values.reduce((a, b) => a + b, 0));
  const max = Math.max(0, ...totals);
  const area = width - labelWidth - valueWidth;
  const body: string[] = legend(chart.series, 10, STAGE_COLOURS);
  chart.items.forEach((item, i) => {
    const y = legendHeight + 4 + i * rowHeight;
    body.push(label(labelWidth - 8, y + 8, shorten(item.label, 22), { 'text-anchor': 'end', fill: '#233' }));
    let x = labelWidth;
    item.values.forEach((value, s) => {
      const w = max === 0 ? 0 : (value / max) * area;
      if (w > 0) {
        body.push(
          el('rect', { x, y, width: w, height: 16, fill: STAGE_COLOURS[s % STAGE_COLOURS.length] }, el('title', {}, escapeXml(`${chart.series[s] ?? ''}: ${value}`))),
        );
      }
      x += w;
    });
    body.push(label(x + 4, y + 8, humanNumber(totals[i] ?? 0), { fill: '#233', 'font-weight': 'bold' }));
  });
  if (max === 0) body.push(emptyNote(width, height));
  return svg(width, height, chart.title, body);
}

export function chartSvg(chart: Chart): string {
  if (chart.type === 'funnel') return funnelChart(chart);
  if (chart.type === 'stacked') return stackedChart(chart);
  return barChart(chart);
}
