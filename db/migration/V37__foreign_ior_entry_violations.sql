-- Issue 15 item 6: the foreign-IOR entry violations of EO 14411 Sec. 2(b) and 2(c)(i)(2), charged as 19 U.S.C. 1592
-- penalty cases (gov.fpf.foreignior). One row per penalty case that charges one; the case's 1592 facts stay on
-- penalty_case. The facts that excuse a formal entry (CTPAT validation of the IOR, a CTPAT-validated licensed broker)
-- are kept as answered at intake (a case is only opened when both are false), with the filing broker if known, and
-- the implementing instrument that put the rule in force on the violation date (its citation and effective date, as
-- the case's trace states them).
CREATE TABLE penalty_case_foreign_ior (
    case_id                         BIGINT       NOT NULL,
    violation                       VARCHAR(48)  NOT NULL,
    ctpat_validated_ior             BOOLEAN,
    filing_broker_ctpat_validated   BOOLEAN,
    filing_broker_party_id          BIGINT,
    instrument_citation             VARCHAR(100) NOT NULL,
    rule_in_force_from              DATE         NOT NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_penalty_case_foreign_ior_case FOREIGN KEY (case_id) REFERENCES penalty_case (case_id),
    CONSTRAINT fk_penalty_case_foreign_ior_broker FOREIGN KEY (filing_broker_party_id) REFERENCES party (id)
);
CREATE INDEX ix_penalty_case_foreign_ior_violation ON penalty_case_foreign_ior (violation);
