-- Version 2: the chain also holds the case register's records (CONTRACT §7): results, case openings and events,
-- kinds RESULT, CASE and EVENT, whose payload is in `request` and which have no ruleset version and no response.
-- Existing records and their hashes are unchanged. Runs unchanged on H2 and PostgreSQL.

ALTER TABLE audit_record ALTER COLUMN ruleset_version DROP NOT NULL;
ALTER TABLE audit_record ALTER COLUMN response DROP NOT NULL;
CREATE INDEX audit_record_kind ON audit_record (kind, seq);

-- Index rows of the register, written in the transaction of the record they point to (`id`). The records
-- themselves are the truth; these only find them.
CREATE TABLE register_result (
    report_no     VARCHAR(64) NOT NULL PRIMARY KEY,
    id            VARCHAR(36) NOT NULL REFERENCES audit_record (id),
    uscc          VARCHAR(18) NOT NULL,
    checked_on    DATE        NOT NULL
);
CREATE INDEX register_result_uscc ON register_result (uscc);

CREATE TABLE register_case (
    case_ref      VARCHAR(64) NOT NULL PRIMARY KEY,
    id            VARCHAR(36) NOT NULL REFERENCES audit_record (id),
    uscc          VARCHAR(18) NOT NULL,
    opened_on     DATE        NOT NULL
);
CREATE INDEX register_case_uscc ON register_case (uscc);

CREATE TABLE register_event (
    id            VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES audit_record (id),
    case_ref      VARCHAR(64) NOT NULL REFERENCES register_case (case_ref),
    event_date    DATE        NOT NULL
);
CREATE INDEX register_event_case ON register_event (case_ref);
