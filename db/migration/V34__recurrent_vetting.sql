-- Issue 15 (vetting): EO 14411 Sec. 2(f) recurrent vetting of those who conduct import activities. One row per vetting
-- of a party: opened by RecurrentVettingProcess (first vetting, the cycle timer, or a new finding), worked as a user
-- task in an office, completed with an outcome and a reason. Rows are never deleted; the open vetting of a party is
-- the row without completed_at (the process keeps at most one open per party).
CREATE TABLE party_vetting (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    party_id             BIGINT        NOT NULL,
    -- FIRST | CYCLE | NEW_FINDING (gov.fpf.vetting.VettingTrigger)
    vetting_trigger      VARCHAR(16)   NOT NULL,
    -- the office (engine tenant) and group the vetting task is offered to
    office_code          VARCHAR(16)   NOT NULL,
    candidate_group      VARCHAR(64)   NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    task_id              VARCHAR(64),
    opened_at            DATETIME(6)   NOT NULL,
    opened_on            DATE          NOT NULL,
    -- the last day of the vetting (vetting.due days after it opened); overdue from the next day
    due_on               DATE          NOT NULL,
    completed_at         DATETIME(6),
    completed_on         DATE,
    -- CLEARED | REFER | SUSPEND (gov.fpf.vetting.VettingOutcome)
    outcome              VARCHAR(16),
    reason               VARCHAR(2000),
    completed_by         VARCHAR(64),
    -- when the cycle opens the next vetting (vetting.cycle after completion), unless a new finding comes first
    next_vetting_on      DATE,
    version              BIGINT        DEFAULT 0 NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_party_vetting_party FOREIGN KEY (party_id) REFERENCES party (id)
);
CREATE INDEX ix_party_vetting_party ON party_vetting (party_id, opened_at);
CREATE INDEX ix_party_vetting_open_due ON party_vetting (completed_at, due_on);
