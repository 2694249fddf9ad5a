-- Issue 15 item 2: audit results of an importer of record (EO 14411 Sec. 2(e) "audit results"), an input of the
-- party's risk tier. A result is recorded once and never edited; a correction is a new result with a note.
CREATE TABLE party_audit_result (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    party_id     BIGINT        NOT NULL,
    audit_date   DATE          NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    result       VARCHAR(16)   NOT NULL,
    reference    VARCHAR(60)   NOT NULL,
    note         VARCHAR(1000),
    recorded_at  DATETIME(6)   NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_result_party FOREIGN KEY (party_id) REFERENCES party (id)
);
CREATE INDEX ix_audit_result_party_date ON party_audit_result (party_id, audit_date);

