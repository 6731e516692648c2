/** Today, or PROPER_TODAY (YYYY-MM-DD) so that tests and demos can fix the date. Kept apart so
 *  that the fast paths can read it without loading the rest of the session. */
export function today(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.PROPER_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T12:00:00`);
  return new Date();
}
