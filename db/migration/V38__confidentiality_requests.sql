-- Confidentiality requests (EO 14411 Sec. 6, issue 15 item 7): a party asks that some of its data be kept
-- confidential (e.g. its identity on vessel manifests, 19 CFR 103.31(d)); a supervisor of the recording office grants
-- or denies it, grants are reviewed on a cycle and expire unless renewed (ConfidentialityReviewProcess). Every
-- decision is a row of confidentiality_decision (append-only): what, why, who, when.
CREATE TABLE confidentiality_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    party_id           BIGINT        NOT NULL,
    office_code        VARCHAR(16)   NOT NULL,
    scope              VARCHAR(40)   NOT NULL,
    scope_description  VARCHAR(500),
    reason             VARCHAR(2000) NOT NULL,
    received_on        DATE          NOT NULL,
    requested_until    DATE,
    status             VARCHAR(16)   NOT NULL,
    granted_on         DATE,
    granted_until      DATE,
    next_review_on     DATE,
    periodic_review    BOOLEAN       NOT NULL DEFAULT FALSE,
    demo               BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by        VARCHAR(64)   NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_confidentiality_request_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_confidentiality_request_office FOREIGN KEY (office_code) REFERENCES office (code)
);
CREATE INDEX ix_confidentiality_request_party ON confidentiality_request (party_id, status);
CREATE INDEX ix_confidentiality_request_status ON confidentiality_request (status, granted_until);

CREATE TABLE confidentiality_decision (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    request_id   BIGINT        NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    effective_on DATE          NOT NULL,
    until_date   DATE,
    reason       VARCHAR(2000) NOT NULL,
    decided_by   VARCHAR(64)   NOT NULL,
    decided_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_confidentiality_decision_request FOREIGN KEY (request_id) REFERENCES confidentiality_request (id)
);
CREATE INDEX ix_confidentiality_decision_request ON confidentiality_decision (request_id, id);
