-- proper schema, version 4: the search index (SPEC §12). Two FTS5 tables hold a copy of the
-- searchable text, keyed by the row they describe (rowid = projects.id, lokus.id); a third indexes
-- the whole words of projects for the similarity check. The trigram
-- tokenizer finds a word inside longer words ("surat" in "Si-Surat", "persuratan"); it folds case,
-- and remove_diacritics folds accents (needs SQLite 3.45 or later to write: better-sqlite3 bundles
-- one; bench/tokenizer-choice.mjs records why trigram and not unicode61 with prefixes).
-- Triggers keep both tables in step with every write, inside the writer's own transaction, so any
-- tool that writes the file (proper, the sqlite3 shell) keeps the index true.

CREATE VIRTUAL TABLE search_projects USING fts5(
  title, innovation_name, description,
  -- Milestone descriptions, awards and adopters, one line each.
  details,
  tokenize = 'trigram remove_diacritics 1'
);

-- Whole words (no copy of the text: contentless) of the columns the similarity measure reads: the
-- lookup of a new project's likely twins by its distinctive words. Trigrams make that lookup
-- 20–100× slower (bench/README.md).
CREATE VIRTUAL TABLE search_words USING fts5(
  title, innovation_name, description,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE search_lokus USING fts5(
  name,
  -- The lokus's innovations, one line each, in their order.
  innovations,
  tokenize = 'trigram remove_diacritics 1'
);

-- Relevance (ORDER BY rank): bm25 with a match in the title worth most, then the innovation name,
-- the description, and the details; for lokus the name before the innovations.
INSERT INTO search_projects (search_projects, rank) VALUES ('rank', 'bm25(10.0, 6.0, 2.0, 1.0)');
INSERT INTO search_lokus (search_lokus, rank) VALUES ('rank', 'bm25(2.0, 1.0)');

-- What `details` holds for each project that has any, to fill the index once.
CREATE VIEW search_project_details (project_id, details) AS
  SELECT project_id, group_concat(line, char(10)) FROM (
    SELECT project_id, description AS line FROM milestones
    UNION ALL
    SELECT project_id, award FROM adoptions WHERE award IS NOT NULL
    UNION ALL
    SELECT a.project_id, aa.adopter FROM adoption_adopters aa JOIN adoptions a ON a.id = aa.adoption_id
  )
  GROUP BY project_id;

CREATE VIEW search_lokus_innovations (lokus_id, innovations) AS
  SELECT lokus_id, group_concat(name, char(10)) FROM (SELECT lokus_id, name FROM lokus_innovations ORDER BY lokus_id, position)
  GROUP BY lokus_id;

-- The existing data.
INSERT INTO search_projects (rowid, title, innovation_name, description, details)
  SELECT p.id, p.title, p.innovation_name, p.description, d.details
  FROM projects p LEFT JOIN search_project_details d ON d.project_id = p.id;
INSERT INTO search_words (rowid, title, innovation_name, description)
  SELECT id, title, innovation_name, description FROM projects;
INSERT INTO search_lokus (rowid, name, innovations)
  SELECT l.id, l.name, i.innovations FROM lokus l LEFT JOIN search_lokus_innovations i ON i.lokus_id = l.id;
-- The views served the one pass above; the triggers below look up one row at a time instead
-- (SQLite does not push a WHERE into a grouped view, so the views would scan every row).
DROP VIEW search_project_details;
DROP VIEW search_lokus_innovations;

-- Projects.
CREATE TRIGGER search_projects_insert AFTER INSERT ON projects BEGIN
  INSERT INTO search_words (rowid, title, innovation_name, description) VALUES (NEW.id, NEW.title, NEW.innovation_name, NEW.description);
  INSERT INTO search_projects (rowid, title, innovation_name, description, details)
    VALUES (NEW.id, NEW.title, NEW.innovation_name, NEW.description,
            (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = NEW.id
      UNION ALL SELECT award FROM adoptions WHERE project_id = NEW.id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = NEW.id)));
END;
CREATE TRIGGER search_projects_update AFTER UPDATE OF id, title, innovation_name, description ON projects BEGIN
  DELETE FROM search_words WHERE rowid = OLD.id;
  INSERT INTO search_words (rowid, title, innovation_name, description) VALUES (NEW.id, NEW.title, NEW.innovation_name, NEW.description);
  DELETE FROM search_projects WHERE rowid = OLD.id;
  INSERT INTO search_projects (rowid, title, innovation_name, description, details)
    VALUES (NEW.id, NEW.title, NEW.innovation_name, NEW.description,
            (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = NEW.id
      UNION ALL SELECT award FROM adoptions WHERE project_id = NEW.id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = NEW.id)));
END;
CREATE TRIGGER search_projects_delete AFTER DELETE ON projects BEGIN
  DELETE FROM search_words WHERE rowid = OLD.id;
  DELETE FROM search_projects WHERE rowid = OLD.id;
END;

-- What a project's details are made of: its milestones, adoptions (awards) and adopters.
CREATE TRIGGER search_milestones_insert AFTER INSERT ON milestones BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = NEW.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = NEW.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = NEW.project_id)) WHERE rowid = NEW.project_id;
END;
CREATE TRIGGER search_milestones_update AFTER UPDATE OF project_id, description ON milestones BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = OLD.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = OLD.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = OLD.project_id)) WHERE rowid = OLD.project_id;
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = NEW.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = NEW.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = NEW.project_id)) WHERE rowid = NEW.project_id;
END;
CREATE TRIGGER search_milestones_delete AFTER DELETE ON milestones BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = OLD.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = OLD.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = OLD.project_id)) WHERE rowid = OLD.project_id;
END;
CREATE TRIGGER search_adoptions_insert AFTER INSERT ON adoptions BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = NEW.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = NEW.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = NEW.project_id)) WHERE rowid = NEW.project_id;
END;
CREATE TRIGGER search_adoptions_update AFTER UPDATE OF project_id, award ON adoptions BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = OLD.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = OLD.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = OLD.project_id)) WHERE rowid = OLD.project_id;
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = NEW.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = NEW.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = NEW.project_id)) WHERE rowid = NEW.project_id;
END;
CREATE TRIGGER search_adoptions_delete AFTER DELETE ON adoptions BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = OLD.project_id
      UNION ALL SELECT award FROM adoptions WHERE project_id = OLD.project_id AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = OLD.project_id)) WHERE rowid = OLD.project_id;
END;
CREATE TRIGGER search_adopters_insert AFTER INSERT ON adoption_adopters BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = search_projects.rowid
      UNION ALL SELECT award FROM adoptions WHERE project_id = search_projects.rowid AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = search_projects.rowid))
    WHERE rowid = (SELECT project_id FROM adoptions WHERE id = NEW.adoption_id);
END;
CREATE TRIGGER search_adopters_update AFTER UPDATE ON adoption_adopters BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = search_projects.rowid
      UNION ALL SELECT award FROM adoptions WHERE project_id = search_projects.rowid AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = search_projects.rowid))
    WHERE rowid IN (SELECT project_id FROM adoptions WHERE id IN (OLD.adoption_id, NEW.adoption_id));
END;
CREATE TRIGGER search_adopters_delete AFTER DELETE ON adoption_adopters BEGIN
  UPDATE search_projects SET details = (SELECT group_concat(line, char(10)) FROM (
      SELECT description AS line FROM milestones WHERE project_id = search_projects.rowid
      UNION ALL SELECT award FROM adoptions WHERE project_id = search_projects.rowid AND award IS NOT NULL
      UNION ALL SELECT aa.adopter FROM adoptions a JOIN adoption_adopters aa ON aa.adoption_id = a.id WHERE a.project_id = search_projects.rowid))
    WHERE rowid = (SELECT project_id FROM adoptions WHERE id = OLD.adoption_id);
END;

-- Lokus and their innovations.
CREATE TRIGGER search_lokus_insert AFTER INSERT ON lokus BEGIN
  INSERT INTO search_lokus (rowid, name, innovations)
    VALUES (NEW.id, NEW.name, (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = NEW.id ORDER BY position)));
END;
CREATE TRIGGER search_lokus_update AFTER UPDATE OF id, name ON lokus BEGIN
  DELETE FROM search_lokus WHERE rowid = OLD.id;
  INSERT INTO search_lokus (rowid, name, innovations)
    VALUES (NEW.id, NEW.name, (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = NEW.id ORDER BY position)));
END;
CREATE TRIGGER search_lokus_delete AFTER DELETE ON lokus BEGIN
  DELETE FROM search_lokus WHERE rowid = OLD.id;
END;
CREATE TRIGGER search_lokus_innovations_insert AFTER INSERT ON lokus_innovations BEGIN
  UPDATE search_lokus SET innovations = (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = NEW.lokus_id ORDER BY position)) WHERE rowid = NEW.lokus_id;
END;
CREATE TRIGGER search_lokus_innovations_update AFTER UPDATE ON lokus_innovations BEGIN
  UPDATE search_lokus SET innovations = (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = OLD.lokus_id ORDER BY position)) WHERE rowid = OLD.lokus_id;
  UPDATE search_lokus SET innovations = (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = NEW.lokus_id ORDER BY position)) WHERE rowid = NEW.lokus_id;
END;
CREATE TRIGGER search_lokus_innovations_delete AFTER DELETE ON lokus_innovations BEGIN
  UPDATE search_lokus SET innovations = (SELECT group_concat(name, char(10)) FROM (SELECT name FROM lokus_innovations WHERE lokus_id = OLD.lokus_id ORDER BY position)) WHERE rowid = OLD.lokus_id;
END;
