-- Penalty case facts, petitions, payments and notices. Petitions, payments and notices belong to the case file core:
-- every family uses them.

CREATE TABLE penalty_case (
    case_id                    BIGINT        NOT NULL,
    statute                    VARCHAR(8)    NOT NULL,
    culpability                VARCHAR(24),
    violation_date             DATE          NOT NULL,
    discovery_date             DATE          NOT NULL,
    dutiable_value             DECIMAL(15,2),
    domestic_value             DECIMAL(15,2),
    loss_of_revenue            DECIMAL(15,2),
    commercial                 BOOLEAN       NOT NULL,
    prior_disclosure           BOOLEAN       NOT NULL,
    prior_disclosure_interest  DECIMAL(15,2),
    msrp_value                 DECIMAL(15,2),
    prior_counterfeit_seizures INT,
    article_value              DECIMAL(15,2),
    broker_violations          INT,
    unlicensed_transactions    INT,
    licensed_broker            BOOLEAN,
    merchandise_description    VARCHAR(1000),
    entry_numbers              VARCHAR(1000),
    material_facts             VARCHAR(4000),
    sol_date                   DATE          NOT NULL,
    proposed_amount            DECIMAL(15,2),
    proposal_rationale         VARCHAR(2000),
    ppn_required               BOOLEAN,
    ppn_mailed_date            DATE,
    representations_outcome    VARCHAR(24),
    notice_mailed_date         DATE,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_penalty_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

CREATE TABLE petition (
    id                         BIGINT        NOT NULL AUTO_INCREMENT,
    case_id                    BIGINT        NOT NULL,
    filed_date                 DATE          NOT NULL,
    received_date              DATE          NOT NULL,
    supplemental               BOOLEAN       NOT NULL,
    filed_by                   VARCHAR(16)   NOT NULL,
    requested_amount           DECIMAL(15,2),
    grounds                    VARCHAR(4000) NOT NULL,
    timely                     BOOLEAN       NOT NULL,
    status                     VARCHAR(24)   NOT NULL,
    deciding_authority         VARCHAR(32),
    outcome                    VARCHAR(16),
    proposed_amount            DECIMAL(15,2),
    proposed_by                VARCHAR(64),
    mitigating_factors         VARCHAR(2000),
    aggravating_factors        VARCHAR(2000),
    findings                   VARCHAR(4000),
    national_security_exception BOOLEAN      NOT NULL,
    exception_justification    VARCHAR(2000),
    exception_approved_by      VARCHAR(64),
    decided_amount             DECIMAL(15,2),
    decided_at                 DATETIME(6),
    created_at                 DATETIME(6)   NOT NULL,
    created_by                 VARCHAR(64)   NOT NULL,
    version                    BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_petition_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_petition_case ON petition (case_id, filed_date);

CREATE TABLE payment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    amount      DECIMAL(15,2) NOT NULL,
    paid_date   DATE          NOT NULL,
    paid_by     VARCHAR(16)   NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_payment_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_payment_case ON payment (case_id);

CREATE TABLE notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    mailing_date DATE          NOT NULL,
    content_html MEDIUMTEXT    NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notice_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_notice_case ON notice (case_id);
