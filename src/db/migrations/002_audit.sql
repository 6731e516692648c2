-- proper schema, version 2: the audit trail. Every change to a project (its events, adoptions,
-- adopters and milestones), an enrolment or a setting is recorded here with when, what and the
-- operating-system user. The rows are written by TEMP triggers that each proper process creates
-- on its own connection (src/db/audit.ts), so the file itself needs no custom SQL function and
-- sqlite3, Datasette or a spreadsheet can still read and write it.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  os_user     TEXT,
  action      TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
  table_name  TEXT NOT NULL CHECK (length(table_name) >= 1),
  -- The changed row's id (rowid); NULL for one row standing for a whole batch (an import).
  row_id      INTEGER,
  -- What changed in words: the changed columns of an update, or a batch's description.
  summary     TEXT,
  -- The row before and after the change as JSON objects (NULL for an insert's old and a delete's new).
  old_values  TEXT,
  new_values  TEXT
);
CREATE INDEX audit_log_by_row ON audit_log(table_name, row_id);
CREATE INDEX audit_log_by_time ON audit_log(at);
