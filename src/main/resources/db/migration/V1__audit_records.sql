-- The audit log: every decision and every plan, in one hash chain (CONTRACT §5).
-- Runs unchanged on H2 (the embedded default) and PostgreSQL.

CREATE TABLE audit_record (
    seq             BIGINT       NOT NULL PRIMARY KEY,   -- position in the chain, 1, 2, 3, ...
    id              VARCHAR(36)  NOT NULL UNIQUE,
    kind            VARCHAR(16)  NOT NULL,               -- DECISION or PLAN
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    case_ref        VARCHAR(100),
    as_of           DATE,
    ruleset_version VARCHAR(80)  NOT NULL,
    requested_by    VARCHAR(100) NOT NULL,
    request         VARCHAR      NOT NULL,               -- canonical JSON of what was asked
    response        VARCHAR      NOT NULL,               -- canonical JSON of what was answered
    previous_hash   VARCHAR(71)  NOT NULL,
    hash            VARCHAR(71)  NOT NULL
);

CREATE INDEX audit_record_case_ref ON audit_record (case_ref);
CREATE INDEX audit_record_stored_at ON audit_record (stored_at);

-- The rows of a plan (its plan.csv); the record's hash covers their SHA-256.
CREATE TABLE plan_csv (
    id   VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES audit_record (id),
    csv  VARCHAR     NOT NULL
);

-- Every ruleset that ever decided something, file by file, so it can be loaded again for a replay.
CREATE TABLE ruleset_snapshot (
    version   VARCHAR(80) NOT NULL PRIMARY KEY,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    files     VARCHAR     NOT NULL                      -- JSON: [{"path": ..., "base64": ...}]
);
