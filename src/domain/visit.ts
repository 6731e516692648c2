// A benchmarking visit may be recorded before it happens (DOMAIN.md, visits: the trip is planned
// weeks ahead and officers note it then). A visit dated after today is planned; no column holds
// that, so it turns into a visit made on its own once its day has passed.

/** Whether a visit on `date` (YYYY-MM-DD) is still planned on `today` (YYYY-MM-DD): its day is after today. */
export function isPlannedVisit(date: string, today: string): boolean {
  return date > today;
}
