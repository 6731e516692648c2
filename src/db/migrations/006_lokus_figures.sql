-- proper schema, version 6: the figures of `report lokus`, kept beside the records they come from.
--
-- Why (SPEC §9: `report lokus` without a filter on 1,000,000 participants within 3× of `node -e 0`):
-- counted at report time, the participants each visit sent are a count over 100,000 groups of a
-- 1,000,000-row index, and the projects each lokus inspired a pass over 300,000 more; no index makes
-- that cheap. So the figures are kept in two small tables that triggers bring up to date in the same
-- transaction as the write that changes them: figures_lokus_visits (per lokus and cohort) and
-- figures_lokus (per lokus, what the report prints); the report reads one row per lokus.
--
-- Each kept table has a view beside it that computes the same rows (figures_lokus's from the rows of
-- figures_lokus_visits and the projects): it is the rule (a visit sends its groups, or the whole
-- cohort: DOMAIN.md, "Benchmarking"; a participant counts once per lokus), the triggers refresh a
-- row from it, `doctor` compares the table with it, and a restored backup's tables are
-- rebuilt from it (a copied file's figures are not trusted).

-- Who a cohort sent to a lokus: a visit that names no group sends the whole cohort, one that names
-- groups sends each of them. Written out twice (the rule's count below, the step of
-- figures_sent_step), always as
--   EXISTS (SELECT 1 FROM visits r WHERE r.cohort_id = COHORT AND r.lokus_id = LOKUS AND
--     (NOT EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = r.id)
--      OR EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = r.id AND g.group_name = GROUP)))
-- two index searches per visit, however many groups it names (a join with an OR over the groups
-- read every group of the visit for every participant).

-- Per lokus and cohort: that cohort's visits to it, the first one's date, the groups named, and the
-- participants sent, each counted once however often their cohort went (DOMAIN.md).
CREATE VIEW figures_lokus_visits_source AS
SELECT v.lokus_id, min(v.date) AS first_date, c.code AS cohort_code, v.cohort_id, count(*) AS visits,
       (SELECT count(*) FROM visits v2 CROSS JOIN visit_groups g ON g.visit_id = v2.id
        WHERE v2.cohort_id = v.cohort_id AND v2.lokus_id = v.lokus_id) AS groups_sent,
       (SELECT count(*) FROM enrolments e WHERE e.cohort_id = v.cohort_id AND
          EXISTS (SELECT 1 FROM visits r WHERE r.cohort_id = v.cohort_id AND r.lokus_id = v.lokus_id AND
            (NOT EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = r.id)
             OR EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = r.id AND g.group_name = e.group_name)))) AS participants_sent
FROM visits v CROSS JOIN cohorts c ON c.id = v.cohort_id
GROUP BY v.cohort_id, v.lokus_id;

-- Kept in the report's order (a lokus's cohorts by their first visit, then code), so the report
-- reads it front to back without sorting.
CREATE TABLE figures_lokus_visits (
  lokus_id          INTEGER NOT NULL,
  first_date        TEXT NOT NULL,
  cohort_code       TEXT NOT NULL,
  cohort_id         INTEGER NOT NULL,
  visits            INTEGER NOT NULL,
  groups_sent       INTEGER NOT NULL,
  participants_sent INTEGER NOT NULL,
  PRIMARY KEY (lokus_id, first_date, cohort_code)
) WITHOUT ROWID;
CREATE UNIQUE INDEX figures_lokus_visits_by_cohort ON figures_lokus_visits(cohort_id, lokus_id);

INSERT INTO figures_lokus_visits (lokus_id, first_date, cohort_code, cohort_id, visits, groups_sent, participants_sent)
SELECT lokus_id, first_date, cohort_code, cohort_id, visits, groups_sent, participants_sent FROM figures_lokus_visits_source;

-- The triggers below call three procedures, written as views that hold no rows, whose INSTEAD OF
-- INSERT trigger does the work with the inserted values (SQLite has no stored procedures). Each rule
-- of upkeep is so written once, and the values arrive as values: a cohort or lokus looked up in a
-- subquery would make SQLite compute the rule's rows for every visit (50,000 at 1,000,000
-- participants) instead of one.

-- One cohort's row for one lokus, computed again from the rule (a few visits, one cohort's
-- enrolments); gone when the cohort no longer visits it.
CREATE VIEW figures_pair_refresh (cohort_id, lokus_id) AS SELECT NULL, NULL WHERE 0;
CREATE TRIGGER figures_pair_refresh_run INSTEAD OF INSERT ON figures_pair_refresh BEGIN
  DELETE FROM figures_lokus_visits WHERE cohort_id = NEW.cohort_id AND lokus_id = NEW.lokus_id;
  INSERT INTO figures_lokus_visits (lokus_id, first_date, cohort_code, cohort_id, visits, groups_sent, participants_sent)
  SELECT lokus_id, first_date, cohort_code, cohort_id, visits, groups_sent, participants_sent FROM figures_lokus_visits_source
  WHERE cohort_id = NEW.cohort_id AND lokus_id = NEW.lokus_id;
END;

-- One participant of a group (NULL: none) of a cohort joining (step 1) or leaving (-1): one step for
-- each lokus the cohort's visits sent them to, never a recount (an import of a cohort's thousands
-- stays linear).
CREATE VIEW figures_sent_step (cohort_id, group_name, step) AS SELECT NULL, NULL, NULL WHERE 0;
CREATE TRIGGER figures_sent_step_run INSTEAD OF INSERT ON figures_sent_step BEGIN
  UPDATE figures_lokus_visits SET participants_sent = participants_sent + NEW.step
  WHERE cohort_id = NEW.cohort_id AND EXISTS (SELECT 1 FROM visits r WHERE r.cohort_id = NEW.cohort_id AND r.lokus_id = figures_lokus_visits.lokus_id AND
    (NOT EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = r.id)
     OR EXISTS (SELECT 1 FROM visit_groups g WHERE g.visit_id = r.id AND g.group_name = NEW.group_name)));
END;

-- A visit or its groups changed: that cohort's row for that lokus is computed again. A visit being
-- removed is gone by the time its groups go: they find no visit, its own trigger has done it.
CREATE TRIGGER figures_visit_insert AFTER INSERT ON visits BEGIN
  INSERT INTO figures_pair_refresh VALUES (NEW.cohort_id, NEW.lokus_id);
END;

CREATE TRIGGER figures_visit_delete AFTER DELETE ON visits BEGIN
  INSERT INTO figures_pair_refresh VALUES (OLD.cohort_id, OLD.lokus_id);
END;

CREATE TRIGGER figures_visit_update AFTER UPDATE OF cohort_id, lokus_id, date ON visits BEGIN
  INSERT INTO figures_pair_refresh SELECT OLD.cohort_id, OLD.lokus_id UNION SELECT NEW.cohort_id, NEW.lokus_id;
END;

CREATE TRIGGER figures_group_insert AFTER INSERT ON visit_groups BEGIN
  INSERT INTO figures_pair_refresh SELECT cohort_id, lokus_id FROM visits WHERE id = NEW.visit_id;
END;

CREATE TRIGGER figures_group_delete AFTER DELETE ON visit_groups BEGIN
  INSERT INTO figures_pair_refresh SELECT cohort_id, lokus_id FROM visits WHERE id = OLD.visit_id;
END;

CREATE TRIGGER figures_group_update AFTER UPDATE ON visit_groups BEGIN
  INSERT INTO figures_pair_refresh SELECT DISTINCT cohort_id, lokus_id FROM visits WHERE id IN (OLD.visit_id, NEW.visit_id);
END;

-- A participant joined or left a cohort, or changed group. Nothing to do for a cohort that visited
-- nowhere yet (the usual order: participants first, the visit weeks later).
CREATE TRIGGER figures_enrolment_insert AFTER INSERT ON enrolments
WHEN EXISTS (SELECT 1 FROM figures_lokus_visits WHERE cohort_id = NEW.cohort_id) BEGIN
  INSERT INTO figures_sent_step VALUES (NEW.cohort_id, NEW.group_name, 1);
END;

CREATE TRIGGER figures_enrolment_delete AFTER DELETE ON enrolments
WHEN EXISTS (SELECT 1 FROM figures_lokus_visits WHERE cohort_id = OLD.cohort_id) BEGIN
  INSERT INTO figures_sent_step VALUES (OLD.cohort_id, OLD.group_name, -1);
END;

CREATE TRIGGER figures_enrolment_update AFTER UPDATE OF cohort_id, group_name ON enrolments
WHEN OLD.cohort_id IS NOT NEW.cohort_id OR OLD.group_name IS NOT NEW.group_name BEGIN
  INSERT INTO figures_sent_step VALUES (OLD.cohort_id, OLD.group_name, -1);
  INSERT INTO figures_sent_step VALUES (NEW.cohort_id, NEW.group_name, 1);
END;

CREATE TRIGGER figures_cohort_code AFTER UPDATE OF code ON cohorts BEGIN
  UPDATE figures_lokus_visits SET cohort_code = NEW.code WHERE cohort_id = NEW.id;
END;

-- Per lokus: its visit figures summed over its cohorts (their codes by first visit, then code), and
-- the projects it inspired, those that reached presentation (presented now, or adopted since) and
-- those adopted at least once (a project adopted twice counts once). One row for every lokus.
-- What a lokus's cohorts sum to: refreshed from here when one of them changes. The cohorts are
-- gathered in the table's own order (its key: first visit, then code); an ORDER BY inside
-- json_group_array would need SQLite 3.44, and older sqlite3 shells could then not open the file.
CREATE VIEW figures_lokus_visits_summed AS
SELECT lokus_id, sum(visits) AS visits, sum(groups_sent) AS groups_sent, sum(participants_sent) AS participants_sent,
       json_group_array(cohort_code) AS cohorts
FROM (SELECT * FROM figures_lokus_visits ORDER BY lokus_id, first_date, cohort_code) GROUP BY lokus_id;

CREATE VIEW figures_lokus_source AS
SELECT l.id AS lokus_id,
       coalesce(v.visits, 0) AS visits,
       coalesce(v.groups_sent, 0) AS groups_sent,
       coalesce(v.participants_sent, 0) AS participants_sent,
       coalesce(v.cohorts, '[]') AS cohorts,
       (SELECT count(*) FROM projects p WHERE p.inspired_by_lokus_id = l.id) AS projects_inspired,
       (SELECT count(*) FROM projects p WHERE p.inspired_by_lokus_id = l.id AND p.stage IN ('presentation', 'adoption')) AS reached_presentation,
       (SELECT count(*) FROM projects p WHERE p.inspired_by_lokus_id = l.id AND EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = p.id)) AS adopted
FROM lokus l LEFT JOIN figures_lokus_visits_summed v ON v.lokus_id = l.id;

CREATE TABLE figures_lokus (
  lokus_id             INTEGER PRIMARY KEY,
  visits               INTEGER NOT NULL,
  groups_sent          INTEGER NOT NULL,
  participants_sent    INTEGER NOT NULL,
  -- JSON array of cohort codes
  cohorts              TEXT NOT NULL,
  projects_inspired    INTEGER NOT NULL,
  reached_presentation INTEGER NOT NULL,
  adopted              INTEGER NOT NULL
);

INSERT INTO figures_lokus (lokus_id, visits, groups_sent, participants_sent, cohorts, projects_inspired, reached_presentation, adopted)
SELECT lokus_id, visits, groups_sent, participants_sent, cohorts, projects_inspired, reached_presentation, adopted FROM figures_lokus_source;

CREATE TRIGGER figures_lokus_insert AFTER INSERT ON lokus BEGIN
  INSERT INTO figures_lokus (lokus_id, visits, groups_sent, participants_sent, cohorts, projects_inspired, reached_presentation, adopted)
  SELECT lokus_id, visits, groups_sent, participants_sent, cohorts, projects_inspired, reached_presentation, adopted FROM figures_lokus_source
  WHERE lokus_id = NEW.id;
END;

CREATE TRIGGER figures_lokus_delete AFTER DELETE ON lokus BEGIN
  DELETE FROM figures_lokus WHERE lokus_id = OLD.id;
END;

-- A lokus's visit figures summed again from its own rows (a few hundred), as
-- figures_lokus_visits_summed sums them (that view, read whole, serves `doctor` and the rebuild).
-- No rows left: zeros and [].
CREATE VIEW figures_lokus_refresh (lokus_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER figures_lokus_refresh_run INSTEAD OF INSERT ON figures_lokus_refresh BEGIN
  UPDATE figures_lokus SET (visits, groups_sent, participants_sent, cohorts) =
    (SELECT coalesce(sum(visits), 0), coalesce(sum(groups_sent), 0), coalesce(sum(participants_sent), 0), json_group_array(cohort_code)
     FROM (SELECT * FROM figures_lokus_visits WHERE lokus_id = NEW.lokus_id ORDER BY first_date, cohort_code))
  WHERE lokus_id = NEW.lokus_id;
END;

-- A project's share in its lokus's figures, added (sign 1) or taken back (-1): one inspired, one
-- presented at presentation or adoption, one adopted when it has an adoption. By step, so that an
-- import of thousands stays linear.
CREATE VIEW figures_project_share (lokus_id, project_id, stage, sign) AS SELECT NULL, NULL, NULL, NULL WHERE 0;
CREATE TRIGGER figures_project_share_run INSTEAD OF INSERT ON figures_project_share BEGIN
  UPDATE figures_lokus SET projects_inspired = projects_inspired + NEW.sign,
    reached_presentation = reached_presentation + NEW.sign * (NEW.stage IN ('presentation', 'adoption')),
    adopted = adopted + NEW.sign * EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = NEW.project_id)
  WHERE lokus_id = NEW.lokus_id;
END;

-- A cohort's row for a lokus came or went, or changed other than by its participants: the lokus's
-- sums again.
CREATE TRIGGER figures_pair_insert AFTER INSERT ON figures_lokus_visits BEGIN
  INSERT INTO figures_lokus_refresh VALUES (NEW.lokus_id);
END;

CREATE TRIGGER figures_pair_delete AFTER DELETE ON figures_lokus_visits BEGIN
  INSERT INTO figures_lokus_refresh VALUES (OLD.lokus_id);
END;

CREATE TRIGGER figures_pair_update AFTER UPDATE ON figures_lokus_visits
WHEN OLD.lokus_id IS NOT NEW.lokus_id OR OLD.first_date IS NOT NEW.first_date OR OLD.cohort_code IS NOT NEW.cohort_code
  OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.visits IS NOT NEW.visits OR OLD.groups_sent IS NOT NEW.groups_sent BEGIN
  INSERT INTO figures_lokus_refresh SELECT OLD.lokus_id UNION SELECT NEW.lokus_id;
END;

-- Only its participants changed: by step.
CREATE TRIGGER figures_pair_sent AFTER UPDATE OF participants_sent ON figures_lokus_visits
WHEN OLD.lokus_id IS NEW.lokus_id AND OLD.first_date IS NEW.first_date AND OLD.cohort_code IS NEW.cohort_code
  AND OLD.cohort_id IS NEW.cohort_id AND OLD.visits IS NEW.visits AND OLD.groups_sent IS NEW.groups_sent BEGIN
  UPDATE figures_lokus SET participants_sent = participants_sent + NEW.participants_sent - OLD.participants_sent WHERE lokus_id = NEW.lokus_id;
END;

CREATE TRIGGER figures_project_insert AFTER INSERT ON projects WHEN NEW.inspired_by_lokus_id IS NOT NULL BEGIN
  INSERT INTO figures_project_share VALUES (NEW.inspired_by_lokus_id, NEW.id, NEW.stage, 1);
END;

-- BEFORE: the project's adoptions are still there to say whether it counted as adopted (they go with
-- it, and their own trigger then finds no project).
CREATE TRIGGER figures_project_delete BEFORE DELETE ON projects WHEN OLD.inspired_by_lokus_id IS NOT NULL BEGIN
  INSERT INTO figures_project_share VALUES (OLD.inspired_by_lokus_id, OLD.id, OLD.stage, -1);
END;

CREATE TRIGGER figures_project_update AFTER UPDATE OF inspired_by_lokus_id, stage ON projects
WHEN OLD.inspired_by_lokus_id IS NOT NEW.inspired_by_lokus_id OR (OLD.stage IN ('presentation', 'adoption')) IS NOT (NEW.stage IN ('presentation', 'adoption')) BEGIN
  INSERT INTO figures_project_share VALUES (OLD.inspired_by_lokus_id, OLD.id, OLD.stage, -1);
  INSERT INTO figures_project_share VALUES (NEW.inspired_by_lokus_id, NEW.id, NEW.stage, 1);
END;

-- A project's first adoption makes it adopted; its last one removed, no longer.
CREATE TRIGGER figures_adoption_insert AFTER INSERT ON adoptions
WHEN NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = NEW.project_id AND a.id <> NEW.id) BEGIN
  UPDATE figures_lokus SET adopted = adopted + 1
  WHERE lokus_id = (SELECT inspired_by_lokus_id FROM projects WHERE id = NEW.project_id);
END;

CREATE TRIGGER figures_adoption_delete AFTER DELETE ON adoptions
WHEN NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = OLD.project_id) BEGIN
  UPDATE figures_lokus SET adopted = adopted - 1
  WHERE lokus_id = (SELECT inspired_by_lokus_id FROM projects WHERE id = OLD.project_id);
END;

CREATE TRIGGER figures_adoption_update AFTER UPDATE OF project_id ON adoptions
WHEN OLD.project_id IS NOT NEW.project_id BEGIN
  UPDATE figures_lokus SET adopted = adopted - 1
  WHERE lokus_id = (SELECT inspired_by_lokus_id FROM projects WHERE id = OLD.project_id)
    AND NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = OLD.project_id);
  UPDATE figures_lokus SET adopted = adopted + 1
  WHERE lokus_id = (SELECT inspired_by_lokus_id FROM projects WHERE id = NEW.project_id)
    AND NOT EXISTS (SELECT 1 FROM adoptions a WHERE a.project_id = NEW.project_id AND a.id <> NEW.id);
END;

-- Read by the report's former adoption count only (migration 005); the kept figures replace it.
DROP INDEX projects_lokus_by_id;
