-- Issue 4: liquidated-damages claims against bonds (gov.fpf.liquidateddamages).
-- One ld_claim row per LD case (case_file.family = 'LIQUIDATED_DAMAGES'): the breach as reported, the amounts the
-- rules computed, the charge it makes against the bond, and the dates of the principal, surety and referral phases.
CREATE TABLE ld_claim (
    case_id                BIGINT        NOT NULL,
    bond_id                BIGINT        NOT NULL,
    breach                 VARCHAR(40)   NOT NULL,
    breach_date            DATE          NOT NULL,
    liability_accrued_date DATE          NOT NULL,
    entry_number           VARCHAR(32),
    merchandise_value      DECIMAL(15,2),
    restricted             BOOLEAN       NOT NULL,
    withheld_duty          DECIMAL(15,2),
    unpaid_duties          DECIMAL(15,2),
    estimated_duties       DECIMAL(15,2),
    days_late              INT           NOT NULL,
    defaults_count         INT           NOT NULL,
    first_violation        BOOLEAN       NOT NULL,
    computed_amount        DECIMAL(15,2) NOT NULL,
    claim_amount           DECIMAL(15,2) NOT NULL,
    exceeds_coverage       BOOLEAN       NOT NULL,
    guideline_formula      VARCHAR(40),
    guideline_unverified   BOOLEAN       NOT NULL,
    guideline_low          DECIMAL(15,2),
    guideline_high         DECIMAL(15,2),
    option_one_amount      DECIMAL(15,2),
    option_one_due         DATE,
    charge_status          VARCHAR(16)   NOT NULL,
    charge_closed_date     DATE,
    claim_mailed_date      DATE,
    surety_demand_date     DATE,
    surety_petition_due    DATE,
    referral_date          DATE,
    breach_key             VARCHAR(200)  NOT NULL,
    import_id              BIGINT,
    version                BIGINT        NOT NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT uq_ld_claim_breach UNIQUE (breach_key),
    CONSTRAINT fk_ld_claim_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_ld_claim_bond FOREIGN KEY (bond_id) REFERENCES bond (id)
);
CREATE INDEX ix_ld_claim_bond ON ld_claim (bond_id, charge_status);

-- Requests for more time to petition (19 CFR 172.3(c)): only within the period, decided by an officer.
CREATE TABLE ld_extension_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    case_id         BIGINT        NOT NULL,
    requested_by    VARCHAR(16)   NOT NULL,
    request_date    DATE          NOT NULL,
    requested_until DATE          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    granted_until   DATE,
    decided_by      VARCHAR(64),
    decision_note   VARCHAR(2000),
    recorded_at     DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ld_extension_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_ld_extension_case ON ld_extension_request (case_id);

-- Bulk breach imports: one row per file run, one per line with its outcome (created, skipped or refused, and why).
CREATE TABLE ld_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    file_name       VARCHAR(200)  NOT NULL,
    file_sha256     VARCHAR(64)   NOT NULL,
    format          VARCHAR(8)    NOT NULL,
    office_code     VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    total_rows      INT           NOT NULL,
    processed_rows  INT           NOT NULL,
    created_count   INT           NOT NULL,
    skipped_count   INT           NOT NULL,
    refused_count   INT           NOT NULL,
    failure         VARCHAR(2000),
    started_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6),
    started_by      VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE ld_import_row (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    import_id   BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000),
    case_number VARCHAR(20),
    PRIMARY KEY (id),
    CONSTRAINT fk_ld_import_row_import FOREIGN KEY (import_id) REFERENCES ld_import (id)
);
CREATE INDEX ix_ld_import_row_import ON ld_import_row (import_id, line_no);

-- The period in which the United States may sue on the bond. NOT in the law reference: recalled from 28 U.S.C. 2415(a)
-- (six years for an action founded on a contract), hence 'R'. Imports report a breach older than this as outside the
-- statute; an administrator corrects it with a new row.
INSERT INTO legal_parameter (name, param_value, unit, effective_from, citation, confidence, note, created_at, created_by) VALUES
  ('deadline.ld-claim-limitation', 6.0000, 'YEARS', DATE '2000-01-01', '28 U.S.C. 2415(a)', 'R', 'Liquidated damages on a bond are a contract claim of the United States: no claim is opened for a breach more than this long ago. RECALLED, not in the law reference; verify.', CURRENT_TIMESTAMP, 'migration');
