// A box-drawn text table for the terminal report, linear in its cells. (cli-table3, used before,
// re-checks every cell against every other for spans and recompiles a regular expression per
// measurement: 16,000 participants took 17.7 s, one 100,000-character name 147 s.)

export interface TextCell {
  content: string;
  align?: 'left' | 'right';
  /** Applied to each drawn line of the cell after wrapping (bold, colour); never measured. */
  paint?: (line: string) => string;
}

export interface TextTableOptions {
  head?: TextCell[];
  /** Column widths including one space of padding on each side; natural widths when absent. */
  widths?: number[];
  /** A rule between body rows (when some row spans several lines). */
  ruled: boolean;
}

/** Code points, not UTF-16 units: an emoji or a non-Latin letter counts once. */
function width(text: string): number {
  // Units less the surrogate pairs: the same count as iterating the string, without an iterator
  // object per character (about a sixth of the table renderer's time on a cohort of 10,000).
  let n = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

/** Splits one line into pieces of at most `max` code points, at spaces where it can. */
function wrapLine(line: string, max: number, out: string[]): void {
  if (width(line) <= max) {
    out.push(line);
    return;
  }
  let current = '';
  let currentWidth = 0;
  for (const word of line.split(' ')) {
    const points = [...word];
    let start = 0;
    // A word longer than the column is cut into column-wide pieces.
    while (points.length - start > max) {
      if (currentWidth > 0) {
        out.push(current);
        current = '';
        currentWidth = 0;
      }
      out.push(points.slice(start, start + max).join(''));
      start += max;
    }
    const piece = start === 0 ? word : points.slice(start).join('');
    const pieceWidth = points.length - start;
    if (currentWidth === 0) {
      current = piece;
      currentWidth = pieceWidth;
    } else if (currentWidth + 1 + pieceWidth <= max) {
      current += ` ${piece}`;
      currentWidth += 1 + pieceWidth;
    } else {
      out.push(current);
      current = piece;
      currentWidth = pieceWidth;
    }
  }
  if (currentWidth > 0 || out.length === 0) out.push(current);
}

function cellLines(cell: TextCell, inner: number | undefined): string[] {
  const lines = cell.content.split('\n');
  if (inner === undefined) return lines;
  const out: string[] = [];
  for (const line of lines) wrapLine(line, Math.max(1, inner), out);
  return out;
}

function rule(widths: number[], left: string, middle: string, right: string): string {
  return `${left}${widths.map((w) => '─'.repeat(w)).join(middle)}${right}`;
}

/** One drawn line of a row: `textAt(i)` is what column i shows on it. */
function drawLine(cells: TextCell[], widths: number[], textAt: (i: number) => string): string {
  const parts = widths.map((w, i) => {
    const cell = cells[i];
    const text = textAt(i);
    const room = Math.max(0, w - 2 - width(text));
    const painted = cell?.paint && text !== '' ? cell.paint(text) : text;
    return cell?.align === 'right' ? ` ${' '.repeat(room)}${painted} ` : ` ${painted}${' '.repeat(room)} `;
  });
  return `│${parts.join('│')}│`;
}

function drawRow(cells: TextCell[], widths: number[], wrap: boolean, out: string[]): void {
  // Most rows are one line: drawn without splitting every cell into an array of lines.
  if (!wrap && cells.every((c) => !c.content.includes('\n'))) {
    out.push(drawLine(cells, widths, (i) => cells[i]?.content ?? ''));
    return;
  }
  const columns = widths.map((w, i) => cellLines(cells[i] ?? { content: '' }, wrap ? w - 2 : undefined));
  let height = 1;
  for (const c of columns) if (c.length > height) height = c.length;
  for (let line = 0; line < height; line += 1) out.push(drawLine(cells, widths, (i) => columns[i]?.[line] ?? ''));
}

/** The table as lines joined with "\n" (no trailing newline). */
export function drawTextTable(rows: TextCell[][], options: TextTableOptions): string {
  const count = Math.max(options.head?.length ?? 0, ...rows.slice(0, 1).map((r) => r.length));
  let widths = options.widths;
  if (!widths) {
    widths = new Array<number>(count).fill(2);
    for (const row of options.head ? [options.head, ...rows] : rows) {
      row.forEach((cell, i) => {
        for (const line of cell.content.split('\n')) widths![i] = Math.max(widths![i] ?? 2, width(line) + 2);
      });
    }
  }
  const wrap = options.widths !== undefined;
  const out = [rule(widths, '┌', '┬', '┐')];
  if (options.head) {
    drawRow(options.head, widths, wrap, out);
    out.push(rule(widths, '├', '┼', '┤'));
  }
  const between = rule(widths, '├', '┼', '┤');
  rows.forEach((row, i) => {
    if (i > 0 && options.ruled) out.push(between);
    drawRow(row, widths!, wrap, out);
  });
  out.push(rule(widths, '└', '┴', '┘'));
  return out.join('\n');
}
