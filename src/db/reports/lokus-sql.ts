// The SQL of `proper report lokus`: per benchmarking lokus, the visits of the cohorts in scope, the
// groups and participants they sent, and the projects that name the lokus as inspiration.
//
// Both texts read the figures migration 006 keeps, so the cost follows the number of lokus (and,
// with a filter, of the cohorts in scope), never the participants or projects behind them (SPEC §9;
// bench/README.md, "report lokus"). What counts as sent, presented or adopted is the rule in that
// migration's views.

/** Without a filter: every lokus, its figures as kept in figures_lokus. */
export const LOKUS_ALL_SQL = `
SELECT l.code, l.name, l.city,
       coalesce(f.visits, 0) AS visits,
       coalesce(f.cohorts, '[]') AS cohorts,
       coalesce(f.groups_sent, 0) AS groups_sent,
       coalesce(f.participants_sent, 0) AS participants_sent,
       coalesce(f.projects_inspired, 0) AS projects_inspired,
       coalesce(f.reached_presentation, 0) AS reached_presentation,
       coalesce(f.adopted, 0) AS adopted
FROM lokus l
LEFT JOIN figures_lokus f ON f.lokus_id = l.id
ORDER BY adopted DESC, projects_inspired DESC, l.code`;

/**
 * With a filter (@cohortId, @year, @program, @asOf; NULL: no limit): the cohorts in scope, their
 * per-cohort figures (figures_lokus_visits) and their own projects; only lokus with something in scope.
 */
export const LOKUS_SCOPED_SQL = `WITH
scope AS (
  SELECT id FROM cohorts
  WHERE (@cohortId IS NULL OR id = @cohortId) AND (@year IS NULL OR year = @year) AND (@program IS NULL OR program = @program)
    AND (@asOf IS NULL OR coalesce(start_date, year || '-01-01') <= @asOf)
),
visit_figures AS (
  SELECT v.lokus_id, sum(v.visits) AS visits, sum(v.groups_sent) AS groups_sent, sum(v.participants_sent) AS participants_sent,
         json_group_array(v.cohort_code ORDER BY v.first_date, v.cohort_code) AS cohorts
  FROM scope s CROSS JOIN figures_lokus_visits v ON v.cohort_id = s.id
  GROUP BY v.lokus_id
),
project_figures AS (
  SELECT pr.inspired_by_lokus_id AS lokus_id, count(*) AS projects_inspired,
         sum(pr.stage IN ('presentation', 'adoption')) AS reached_presentation,
         sum(EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = pr.id)) AS adopted
  FROM scope s
  CROSS JOIN enrolments e ON e.cohort_id = s.id
  CROSS JOIN projects pr ON pr.enrolment_id = e.id
  WHERE pr.inspired_by_lokus_id IS NOT NULL
  GROUP BY pr.inspired_by_lokus_id
)
SELECT l.code, l.name, l.city,
       coalesce(vf.visits, 0) AS visits,
       coalesce(vf.cohorts, '[]') AS cohorts,
       coalesce(vf.groups_sent, 0) AS groups_sent,
       coalesce(vf.participants_sent, 0) AS participants_sent,
       coalesce(pf.projects_inspired, 0) AS projects_inspired,
       coalesce(pf.reached_presentation, 0) AS reached_presentation,
       coalesce(pf.adopted, 0) AS adopted
FROM lokus l
LEFT JOIN visit_figures vf ON vf.lokus_id = l.id
LEFT JOIN project_figures pf ON pf.lokus_id = l.id
WHERE vf.visits IS NOT NULL OR pf.projects_inspired IS NOT NULL
ORDER BY adopted DESC, projects_inspired DESC, l.code`;
