// The SQL of `proper report lokus`: per benchmarking lokus, the visits of the cohorts in scope, the
// groups and participants they sent, and the projects that name the lokus as inspiration.
//
// Why it is shaped so (figures in bench/README.md, "report lokus and the report formats"): without
// a filter the report aggregates every visit, group and inspired project of the file, so each is read
// from an index (migration 005) in the order the index holds it, and per-row sub-queries run once
// per visit group, never once per participant or project:
//  - participants sent: per visit group, a count over enrolments_by_cohort_group, in cohort order;
//    for a cohort that went to one lokus more than once (rare) a second branch takes back what was
//    counted twice (each participant counts once: a whole-cohort visit, or the union of the groups);
//  - presented and inspired: counts over projects_by_lokus / projects_presented_by_lokus per lokus;
//  - adopted: from the adoptions (a few thousand) to their project's lokus (projects_lokus_by_id).
// With a filter the same text starts from the cohorts in scope (CROSS JOIN fixes that order), and
// the project figures follow the scope's enrolments instead.

// A visit that names no group is taken as the whole cohort going. A participant is counted once per
// lokus even when their cohort went there twice. Group sizes count every enrolment of the cohort.
const SHARED = `
repeat_pairs AS MATERIALIZED (
  SELECT cohort_id, lokus_id FROM visit_rows GROUP BY cohort_id, lokus_id HAVING count(*) > 1
),
sent AS (
  -- every visit: each group it named, or the whole cohort when it named none
  SELECT v.lokus_id, g.visit_id IS NOT NULL AS groups,
         CASE WHEN g.visit_id IS NULL THEN (SELECT count(*) FROM enrolments e WHERE e.cohort_id = v.cohort_id)
              ELSE (SELECT count(*) FROM enrolments e WHERE e.cohort_id = v.cohort_id AND e.group_name = g.group_name)
         END AS participants
  FROM visit_rows v LEFT JOIN visit_groups g ON g.visit_id = v.id
  UNION ALL
  -- a cohort that went to the lokus more than once: its participants once (all of them when some
  -- visit named no group, else each group named), less what the line above counted per visit
  SELECT r.lokus_id, 0,
    CASE
      WHEN EXISTS (SELECT 1 FROM visits v WHERE v.cohort_id = r.cohort_id AND v.lokus_id = r.lokus_id
                   AND NOT EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = v.id))
      THEN (SELECT count(*) FROM enrolments e WHERE e.cohort_id = r.cohort_id)
      ELSE (SELECT count(*) FROM enrolments e WHERE e.cohort_id = r.cohort_id AND e.group_name IN
             (SELECT g.group_name FROM visits v CROSS JOIN visit_groups g ON g.visit_id = v.id
              WHERE v.cohort_id = r.cohort_id AND v.lokus_id = r.lokus_id))
    END
    - (SELECT sum(CASE WHEN g.visit_id IS NULL THEN (SELECT count(*) FROM enrolments e WHERE e.cohort_id = v.cohort_id)
                       ELSE (SELECT count(*) FROM enrolments e WHERE e.cohort_id = v.cohort_id AND e.group_name = g.group_name)
                  END)
       FROM visits v LEFT JOIN visit_groups g ON g.visit_id = v.id
       WHERE v.cohort_id = r.cohort_id AND v.lokus_id = r.lokus_id)
  FROM repeat_pairs r
),
sent_figures AS (
  SELECT lokus_id, sum(groups) AS groups_sent, sum(participants) AS participants_sent FROM sent GROUP BY lokus_id
),
visit_figures AS (
  SELECT lokus_id, sum(visits) AS visits, json_group_array(code) AS cohorts FROM (
    SELECT v.lokus_id, c.code, count(*) AS visits
    FROM visit_rows v CROSS JOIN cohorts c ON c.id = v.cohort_id
    GROUP BY v.lokus_id, v.cohort_id ORDER BY v.lokus_id, min(v.date), c.code
  ) GROUP BY lokus_id
)
-- Without a filter project_figures has a row for every lokus, so every lokus is listed (one never
-- visited is a candidate for the next angkatan); with one, only lokus with something in scope.
SELECT l.code, l.name, l.city,
       coalesce(vf.visits, 0) AS visits,
       coalesce(vf.cohorts, '[]') AS cohorts,
       coalesce(sf.groups_sent, 0) AS groups_sent,
       coalesce(sf.participants_sent, 0) AS participants_sent,
       coalesce(pf.projects_inspired, 0) AS projects_inspired,
       coalesce(pf.reached_presentation, 0) AS reached_presentation,
       coalesce(pf.adopted, 0) AS adopted
FROM lokus l
LEFT JOIN visit_figures vf ON vf.lokus_id = l.id
LEFT JOIN sent_figures sf ON sf.lokus_id = l.id
LEFT JOIN project_figures pf ON pf.lokus_id = l.id
WHERE vf.visits IS NOT NULL OR pf.projects_inspired IS NOT NULL
ORDER BY adopted DESC, projects_inspired DESC, l.code`;

/** Without a filter: every visit, and every lokus's projects counted from migration 005's indexes. */
export const LOKUS_ALL_SQL = `WITH
visit_rows AS (SELECT id, cohort_id, lokus_id, date FROM visits),
adopted_figures AS (
  SELECT pr.inspired_by_lokus_id AS lokus_id, count(*) AS adopted
  FROM (SELECT DISTINCT project_id FROM adoptions) a
  CROSS JOIN projects pr INDEXED BY projects_lokus_by_id ON pr.id = a.project_id AND pr.inspired_by_lokus_id IS NOT NULL
  GROUP BY pr.inspired_by_lokus_id
),
project_figures AS (
  SELECT l.id AS lokus_id,
         (SELECT count(*) FROM projects p WHERE p.inspired_by_lokus_id = l.id) AS projects_inspired,
         (SELECT count(*) FROM projects p INDEXED BY projects_presented_by_lokus
          WHERE p.inspired_by_lokus_id = l.id AND p.stage IN ('presentation', 'adoption')) AS reached_presentation,
         coalesce((SELECT af.adopted FROM adopted_figures af WHERE af.lokus_id = l.id), 0) AS adopted
  FROM lokus l
),${SHARED}`;

/** With a filter (@cohortId, @year, @program, @asOf; NULL: no limit): the cohorts in scope, their visits and projects. */
export const LOKUS_SCOPED_SQL = `WITH
scope AS (
  SELECT id FROM cohorts
  WHERE (@cohortId IS NULL OR id = @cohortId) AND (@year IS NULL OR year = @year) AND (@program IS NULL OR program = @program)
    AND (@asOf IS NULL OR coalesce(start_date, year || '-01-01') <= @asOf)
),
visit_rows AS MATERIALIZED (
  SELECT v.id, v.cohort_id, v.lokus_id, v.date FROM scope s CROSS JOIN visits v ON v.cohort_id = s.id
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
),${SHARED}`;
