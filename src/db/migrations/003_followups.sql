-- proper schema, version 3: after the training (SPEC §11). Each follow-up check (evaluasi pasca
-- pelatihan) of a presented project at a month of its schedule (6, 12, 24 by default), and the
-- unit's IKM (Indeks Kepuasan Masyarakat, PermenPANRB 14/2017, 25–100) before and after the project.
CREATE TABLE followup_checks (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  -- The scheduled month the check stands for: months after the project's presentation date.
  months      INTEGER NOT NULL CHECK (months BETWEEN 1 AND 600),
  date        TEXT NOT NULL CHECK (date(date) IS date),
  status      TEXT NOT NULL CHECK (status IN ('running','stopped')),
  -- Why a stopped project stopped; only a stopped check has one, and it must.
  reason      TEXT CHECK (reason IS NULL OR reason IN ('transfer','budget','reorganization','retirement','no_support','other')),
  note        TEXT,
  evidence    TEXT,
  ikm         REAL CHECK (ikm IS NULL OR (ikm >= 25 AND ikm <= 100)),
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((status = 'stopped') = (reason IS NOT NULL)),
  -- One check per scheduled month: "is the 12-month check done?" is one index probe.
  UNIQUE (project_id, months)
);
CREATE INDEX followup_checks_by_date ON followup_checks(date);

-- The unit's IKM before the project (set by hand) and after it (set by hand or by the latest check
-- that measured it).
ALTER TABLE projects ADD COLUMN ikm_before REAL CHECK (ikm_before IS NULL OR (ikm_before >= 25 AND ikm_before <= 100));
ALTER TABLE projects ADD COLUMN ikm_after REAL CHECK (ikm_after IS NULL OR (ikm_after >= 25 AND ikm_after <= 100));

-- The due query looks up each project's latest presentation date: a small partial index answers
-- it in one probe per project, even at 1,000,000 projects.
CREATE INDEX project_events_presented ON project_events(project_id, date) WHERE to_stage = 'presentation';

