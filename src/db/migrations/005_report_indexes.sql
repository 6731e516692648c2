-- proper schema, version 5: indexes that serve `report lokus` without a filter (SPEC §9: within 3×
-- of `node -e 0` on 1,000,000 participants). Each lets a figure be read from an index alone instead
-- of visiting a table row per participant or project (bench/README.md, "report lokus").

-- Group sizes (the participants a visit sent) counted from the index, in cohort order.
CREATE INDEX enrolments_by_cohort_group ON enrolments(cohort_id, group_name);

-- A cohort's visits to one lokus side by side (visited twice: count its participants once), with
-- the date that orders a lokus's list of cohorts.
CREATE INDEX visits_by_cohort_lokus ON visits(cohort_id, lokus_id, date);

-- "Reached presentation", per lokus, counted from the index.
CREATE INDEX projects_presented_by_lokus ON projects(inspired_by_lokus_id, stage)
  WHERE stage IN ('presentation', 'adoption');

-- The lokus of an adopted project, found from the adoptions side (a few thousand) without reading
-- the project's row.
CREATE INDEX projects_lokus_by_id ON projects(id, inspired_by_lokus_id) WHERE inspired_by_lokus_id IS NOT NULL;
