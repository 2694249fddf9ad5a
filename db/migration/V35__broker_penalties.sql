-- Issue 15 item 4: brokers (EO 14411 Sec. 4(a); 19 U.S.C. 1641). No new legal parameter: the maximum is the existing
-- broker.penalty.aggregate-limit (1641(d)(2)(A), 19 CFR 111.91) and the identity-verification penalty is
-- broker.identity-verification.per-violation (V31, 1641(i)(3)).

-- What the broker did, as the order names it (gov.fpf.rules.penalties.BrokerConduct): NO_DUE_DILIGENCE,
-- REPEATED_NONCOMPLIANT_CLIENTS, UNTIMELY_COOPERATION, or IDENTITY_VERIFICATION (1641(i)(3)); NULL for any other
-- penalty case. The basis is the sentence the notices print when an EO rule set the amount (assessed at the maximum,
-- or per identity-verification failure), with the instrument that put it in force; NULL when none did.
ALTER TABLE penalty_case ADD COLUMN broker_conduct VARCHAR(32);
ALTER TABLE penalty_case ADD COLUMN broker_basis VARCHAR(600);

-- A case whose importer of record used a customs broker names that broker (a party with the role CUSTOMS_BROKER), so
-- the broker's clients' cases can be listed and their findings counted. One broker per case.
CREATE TABLE broker_client_case (
    case_id          BIGINT       NOT NULL,
    broker_party_id  BIGINT       NOT NULL,
    linked_at        DATETIME(6)  NOT NULL,
    linked_by        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_broker_client_case_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_broker_client_case_broker FOREIGN KEY (broker_party_id) REFERENCES party (id)
);
CREATE INDEX ix_broker_client_case_broker ON broker_client_case (broker_party_id, case_id);
