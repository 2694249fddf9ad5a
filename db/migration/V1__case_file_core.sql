-- Domain tables of the FP&F case file. MySQL 8 syntax that H2 (MODE=MySQL) also runs.
-- The engine's ACT_* tables are not managed here.

CREATE TABLE office (
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (code)
);


-- users belong to offices through the engine's tenant memberships (tenant id = office code)

CREATE TABLE party (
    id                                BIGINT       NOT NULL AUTO_INCREMENT,
    name                              VARCHAR(200) NOT NULL,
    kind                              VARCHAR(16)  NOT NULL,
    country_of_organization           CHAR(2),
    us_citizen_or_lpr                 BOOLEAN,
    principal_place_of_business_us    BOOLEAN,
    significant_us_presence           BOOLEAN,
    sufficient_us_assets              BOOLEAN,
    controlling_owners_us_persons     BOOLEAN,
    owns_significant_us_real_property BOOLEAN,
    ior_class                         VARCHAR(8)    NOT NULL,
    ior_class_reason                  VARCHAR(1000) NOT NULL,
    good_standing                     BOOLEAN       NOT NULL,
    standing_note                     VARCHAR(1000),
    created_at                        DATETIME(6)   NOT NULL,
    created_by                        VARCHAR(64)   NOT NULL,
    version                           BIGINT        NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_party_name ON party (name);

-- findings that later decide "repeat offender" (EO 14411 Sec. 4(c))
CREATE TABLE violation_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    party_id     BIGINT       NOT NULL,
    statute      VARCHAR(16)  NOT NULL,
    finding_date DATE         NOT NULL,
    case_number  VARCHAR(20),
    description  VARCHAR(1000),
    recorded_at  DATETIME(6)  NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_violation_party FOREIGN KEY (party_id) REFERENCES party (id)
);
CREATE INDEX ix_violation_party_date ON violation_record (party_id, finding_date);

CREATE TABLE bond (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    bond_number                 VARCHAR(32),
    principal_party_id          BIGINT        NOT NULL,
    surety_name                 VARCHAR(200)  NOT NULL,
    bond_type                   VARCHAR(24)   NOT NULL,
    activity                    VARCHAR(40)   NOT NULL,
    amount                      DECIMAL(15,2) NOT NULL,
    effective_date              DATE          NOT NULL,
    foreign_continuous_permitted BOOLEAN      NOT NULL,
    permit_reference            VARCHAR(200),
    created_at                  DATETIME(6)   NOT NULL,
    created_by                  VARCHAR(64)   NOT NULL,
    version                     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_bond_number UNIQUE (bond_number),
    CONSTRAINT fk_bond_principal FOREIGN KEY (principal_party_id) REFERENCES party (id)
);

CREATE TABLE case_file (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    case_number         VARCHAR(20)   NOT NULL,
    family              VARCHAR(24)   NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    office_code         VARCHAR(16)   NOT NULL,
    party_id            BIGINT,
    maximum_amount      DECIMAL(15,2),
    assessed_amount     DECIMAL(15,2),
    floor_amount        DECIMAL(15,2),
    decided_amount      DECIMAL(15,2),
    paid_amount         DECIMAL(15,2),
    process_instance_id VARCHAR(64),
    demo                BOOLEAN       NOT NULL,
    opened_at           DATETIME(6)   NOT NULL,
    opened_by           VARCHAR(64)   NOT NULL,
    closed_at           DATETIME(6),
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_case_number UNIQUE (case_number),
    CONSTRAINT fk_case_office FOREIGN KEY (office_code) REFERENCES office (code),
    CONSTRAINT fk_case_party FOREIGN KEY (party_id) REFERENCES party (id)
);
CREATE INDEX ix_case_office_family_status ON case_file (office_code, family, status);
CREATE INDEX ix_case_party ON case_file (party_id);

-- one counter per year and family, locked for update while a number is taken
CREATE TABLE case_number_sequence (
    case_year   INT         NOT NULL,
    family_code VARCHAR(3)  NOT NULL,
    next_value  BIGINT      NOT NULL,
    PRIMARY KEY (case_year, family_code)
);

CREATE TABLE case_deadline (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    trigger_date DATE,
    due_date     DATE         NOT NULL,
    citation     VARCHAR(200) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deadline_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_deadline_due ON case_deadline (due_date, status);

-- the computation trace: how each amount and date was reached
CREATE TABLE computation_step (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    step          VARCHAR(120)  NOT NULL,
    result        VARCHAR(64)   NOT NULL,
    rule_text     VARCHAR(1000) NOT NULL,
    citation      VARCHAR(200)  NOT NULL,
    parameter_ref VARCHAR(200),
    computed_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_step_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_step_case ON computation_step (case_id, seq);

-- append-only: the application never updates or deletes a row
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    entity_type VARCHAR(32)   NOT NULL,
    entity_id   VARCHAR(64)   NOT NULL,
    case_number VARCHAR(20),
    event       VARCHAR(64)   NOT NULL,
    reason      VARCHAR(1000),
    detail      VARCHAR(4000),
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_case ON audit_event (case_number, occurred_at);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id);

-- effective-dated legal parameters: the row in force on a date is the one with the latest effective_from <= that date
CREATE TABLE legal_parameter (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(80)   NOT NULL,
    param_value    DECIMAL(19,4),
    unit           VARCHAR(16)   NOT NULL,
    effective_from DATE          NOT NULL,
    citation       VARCHAR(200)  NOT NULL,
    confidence     VARCHAR(8)    NOT NULL,
    note           VARCHAR(1000),
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_parameter_effective UNIQUE (name, effective_from)
);
