// Plausibility of a project's dates against its cohort (DOMAIN.md: the idea is written during the
// training, so an idea dated before the cohort began is most likely a typing slip; it is warned
// of, never refused, since an officer may record an idea the participant brought with them).

/**
 * Whether an idea dated `ideaDate` (YYYY-MM-DD) comes before the cohort's start (YYYY-MM-DD,
 * or null when the cohort's start is not recorded: then nothing is known and the answer is false).
 */
export function ideaBeforeCohortStart(ideaDate: string, cohortStart: string | null): boolean {
  return cohortStart !== null && ideaDate < cohortStart;
}
