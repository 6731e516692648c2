-- proper schema, version 1. Plain English snake_case so that sqlite3, Datasette or a spreadsheet
-- can read it. Dates are ISO text (YYYY-MM-DD); the CHECKs reject impossible dates such as 2018-02-30.

CREATE TABLE cohorts (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
  program     TEXT NOT NULL CHECK (program IN ('pim2','pim3','pim4','pkn2','pka','pkp','latsar','other')),
  number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 3999),
  year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  organizer   TEXT,
  start_date  TEXT CHECK (start_date IS NULL OR date(start_date) IS start_date),
  end_date    TEXT CHECK (end_date IS NULL OR date(end_date) IS end_date),
  place       TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);

-- A person, identified by NIP (or an NRP / other identifier for non-civil-servants).
CREATE TABLE people (
  id          INTEGER PRIMARY KEY,
  nip         TEXT NOT NULL UNIQUE CHECK (length(nip) >= 1),
  id_type     TEXT NOT NULL DEFAULT 'nip' CHECK (id_type IN ('nip','nrp','other')),
  name        TEXT NOT NULL CHECK (length(name) >= 1),
  gender      TEXT CHECK (gender IN ('male','female')),
  birth_date  TEXT CHECK (birth_date IS NULL OR date(birth_date) IS birth_date),
  rank        TEXT,
  grade       TEXT CHECK (grade IS NULL OR grade IN (
                'I/a','I/b','I/c','I/d','II/a','II/b','II/c','II/d',
                'III/a','III/b','III/c','III/d','IV/a','IV/b','IV/c','IV/d','IV/e')),
  position    TEXT,
  agency      TEXT,
  unit        TEXT,
  email       TEXT,
  phone       TEXT,
  CHECK (id_type <> 'nip' OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'))
);

-- A person's enrolment in a cohort, with the group (kelompok) they travel and work in.
CREATE TABLE enrolments (
  id          INTEGER PRIMARY KEY,
  cohort_id   INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE RESTRICT,
  person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  group_name  TEXT,
  status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','passed','failed','withdrawn')),
  UNIQUE (cohort_id, person_id)
);
CREATE INDEX enrolments_by_person ON enrolments(person_id);

-- Benchmarking sites and the innovations they are known for.
CREATE TABLE lokus (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
  name        TEXT NOT NULL CHECK (length(name) >= 1),
  agency      TEXT,
  city        TEXT,
  province    TEXT
);

CREATE TABLE lokus_innovations (
  lokus_id    INTEGER NOT NULL REFERENCES lokus(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL CHECK (length(name) >= 1),
  PRIMARY KEY (lokus_id, name)
);

-- A cohort's benchmarking visit to a lokus, and the groups it sent there.
CREATE TABLE visits (
  id          INTEGER PRIMARY KEY,
  cohort_id   INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE RESTRICT,
  lokus_id    INTEGER NOT NULL REFERENCES lokus(id) ON DELETE RESTRICT,
  date        TEXT NOT NULL CHECK (date(date) IS date),
  companion   TEXT
);
CREATE INDEX visits_by_cohort ON visits(cohort_id, date);
CREATE INDEX visits_by_lokus ON visits(lokus_id);

CREATE TABLE visit_groups (
  visit_id    INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  group_name  TEXT NOT NULL CHECK (length(group_name) >= 1),
  PRIMARY KEY (visit_id, group_name)
);

-- A change project (proyek / aksi perubahan): one per enrolment, so it moves with the enrolment.
CREATE TABLE projects (
  id                    INTEGER PRIMARY KEY,
  enrolment_id          INTEGER NOT NULL UNIQUE REFERENCES enrolments(id) ON DELETE RESTRICT,
  title                 TEXT NOT NULL CHECK (length(title) >= 1),
  innovation_name       TEXT,
  description           TEXT,
  stage                 TEXT NOT NULL CHECK (stage IN ('idea','design','implementation','presentation','adoption','dropped')),
  stage_date            TEXT NOT NULL CHECK (date(stage_date) IS stage_date),
  score                 REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  predicate             TEXT,
  coach                 TEXT,
  mentor                TEXT,
  examiner              TEXT,
  inspired_by_lokus_id  INTEGER REFERENCES lokus(id) ON DELETE SET NULL,
  created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX projects_by_lokus ON projects(inspired_by_lokus_id);
CREATE INDEX projects_by_stage ON projects(stage);

-- Every stage change of a project, in order. kind says how the project got to to_stage.
CREATE TABLE project_events (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('created','advanced','skipped','moved_back','dropped','reopened','adopted')),
  from_stage  TEXT CHECK (from_stage IS NULL OR from_stage IN ('idea','design','implementation','presentation','adoption','dropped')),
  to_stage    TEXT NOT NULL CHECK (to_stage IN ('idea','design','implementation','presentation','adoption','dropped')),
  date        TEXT NOT NULL CHECK (date(date) IS date),
  note        TEXT,
  score       REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  predicate   TEXT,
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX project_events_by_project ON project_events(project_id, id);

-- Who adopted a project and how; a project may gather several adoption records over the years.
CREATE TABLE adoptions (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('sustained','institutionalized','replicated','adopted_elsewhere')),
  award       TEXT,
  date        TEXT NOT NULL CHECK (date(date) IS date)
);
CREATE INDEX adoptions_by_project ON adoptions(project_id, id);

CREATE TABLE adoption_adopters (
  adoption_id INTEGER NOT NULL REFERENCES adoptions(id) ON DELETE CASCADE,
  adopter     TEXT NOT NULL CHECK (length(adopter) >= 1),
  PRIMARY KEY (adoption_id, adopter)
);

CREATE TABLE milestones (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  horizon      TEXT NOT NULL CHECK (horizon IN ('short','medium','long')),
  description  TEXT NOT NULL CHECK (length(description) >= 1),
  target_date  TEXT CHECK (target_date IS NULL OR date(target_date) IS target_date),
  rating       TEXT NOT NULL DEFAULT 'pending' CHECK (rating IN ('pending','below','met','exceeded')),
  evidence     TEXT
);
CREATE INDEX milestones_by_project ON milestones(project_id);

-- Settings kept with the data, such as the qualification bands per program (bands.pkp).
CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
