// A bar of block characters for the pipeline funnel in text formats.

/** `value` of `max` as a bar `width` characters long at most; a non-zero value shows at least one block. */
export function textBar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const full = Math.floor(eighths / 8);
  const rest = eighths % 8;
  return '█'.repeat(full) + (rest > 0 ? ' ▏▎▍▌▋▊▉'[rest] : '');
}
