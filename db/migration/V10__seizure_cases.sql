-- Issue 5: seizure to disposal (gov.fpf.seizure). One seizure_case row per SEIZURE case file, its items as on the
-- custody receipt (CBP Form 6051S), the custody log, and how proceeds were applied (19 U.S.C. 1613).
CREATE TABLE seizure_case (
    case_id                 BIGINT        NOT NULL,
    statute                 VARCHAR(40)   NOT NULL,
    seizure_date            DATE          NOT NULL,
    place_of_seizure        VARCHAR(200),
    cause                   VARCHAR(2000),
    possessor_name          VARCHAR(200),
    appraised_value         DECIMAL(15,2) NOT NULL,
    appraisal_basis         VARCHAR(1000),
    perishable              BOOLEAN       NOT NULL,
    prohibited              BOOLEAN       NOT NULL,
    counterfeit             BOOLEAN       NOT NULL,
    drug_conveyance         BOOLEAN       NOT NULL,
    monetary_instrument     BOOLEAN       NOT NULL,
    hazardous               BOOLEAN       NOT NULL,
    high_risk               BOOLEAN       NOT NULL,
    high_risk_reasons       VARCHAR(1000),
    storage_location        VARCHAR(200),
    daily_storage_rate      DECIMAL(15,2),
    projected_storage_cost  DECIMAL(15,2),
    photograph_refs         VARCHAR(2000),
    summary_sale_date       DATE,
    forfeiture_path         VARCHAR(16),
    path_citation           VARCHAR(200),
    cost_bond               DECIMAL(15,2),
    notice_mailed           DATE,
    first_publication       DATE,
    publication_ends        DATE,
    petition_due            DATE,
    claim_due               DATE,
    forfeiture_date         DATE,
    forfeiture_basis        VARCHAR(16),
    summary_action          VARCHAR(16),
    summary_approved_by     VARCHAR(64),
    disposition_method      VARCHAR(24),
    disposition_date        DATE,
    disposer                VARCHAR(200),
    recipient_agency        VARCHAR(200),
    owner_consent           BOOLEAN       NOT NULL,
    witness                 VARCHAR(200),
    certificate_ref         VARCHAR(200),
    gross_proceeds          DECIMAL(15,2),
    proceeds_petition_due   DATE,
    released_date           DATE,
    release_reason          VARCHAR(200),
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_seizure_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

CREATE TABLE seizure_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    case_id         BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    quantity        INT           NOT NULL,
    appraised_value DECIMAL(15,2) NOT NULL,
    perishable      BOOLEAN       NOT NULL,
    prohibited      BOOLEAN       NOT NULL,
    counterfeit     BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_seizure_item_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_seizure_item_case ON seizure_item (case_id, line_no);

CREATE TABLE seizure_custody_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    event_date  DATE          NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    location    VARCHAR(200),
    note        VARCHAR(2000),
    recorded_at DATETIME(6)   NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_custody_event_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_custody_event_case ON seizure_custody_event (case_id);

CREATE TABLE proceeds_share (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    seq         INT           NOT NULL,
    share_name  VARCHAR(200)  NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    citation    VARCHAR(200),
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_proceeds_share_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_proceeds_share_case ON proceeds_share (case_id, seq);
