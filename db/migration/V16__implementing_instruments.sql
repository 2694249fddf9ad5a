-- EO 14411 directs DHS to act; it sets no effective dates itself (Sec. 4(c), 5, 12(b): implemented consistent with the
-- APA). Each of its rules is in force only from the effective date of an implementing instrument (a Federal Register
-- rule or notice, a CBP directive) that an administrator records here; before it, today's law applies. Append-only.
CREATE TABLE implementing_instrument (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    title          VARCHAR(300)  NOT NULL,
    citation       VARCHAR(100)  NOT NULL,
    effective_date DATE          NOT NULL,
    note           VARCHAR(1000),
    recorded_at    DATETIME(6)   NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_instrument_citation UNIQUE (citation)
);

-- the EO rules an instrument puts in force (closed list: gov.fpf.rules.EoRule)
CREATE TABLE implementing_instrument_rule (
    instrument_id BIGINT       NOT NULL,
    rule_code     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (instrument_id, rule_code),
    CONSTRAINT fk_instrument_rule FOREIGN KEY (instrument_id) REFERENCES implementing_instrument (id)
);
CREATE INDEX ix_instrument_rule_code ON implementing_instrument_rule (rule_code);

-- The EO rows of V2 and V9 keep their values; whether they apply on a date is decided by the register above.
UPDATE legal_parameter SET note = CONCAT('Applies only while an implementing instrument puts the EO rule in force (implementing_instrument). ', note)
 WHERE created_by = 'migration' AND effective_from = DATE '2026-09-01'
   AND name IN ('penalty.floor.share', 'ld.floor.share', 'repeat-offender.lookback', 'repeat-offender.prior-findings',
                'release-bond.high-risk.multiple', 'disposition.third-party.authorized');

-- Repeat offender (EO 14411 Sec. 4(c)): only final administrative findings of culpability count. Each record says
-- what it is; a referral for collection, an offer in compromise (1617), an LD Option-1 payment and the party's own
-- abandonment were recorded as findings before and are marked here as not counting.
ALTER TABLE violation_record ADD COLUMN finding_kind VARCHAR(32) NOT NULL DEFAULT 'RECORDED';
UPDATE violation_record SET finding_kind = 'PENALTY_PAID' WHERE description LIKE 'Case closed PAID %';
UPDATE violation_record SET finding_kind = 'PENALTY_DECIDED' WHERE description LIKE 'Case closed DECIDED_PAID %';
UPDATE violation_record SET finding_kind = 'COMPROMISE' WHERE description LIKE 'Case closed COMPROMISED %';
UPDATE violation_record SET finding_kind = 'REFERRAL' WHERE description LIKE 'Case closed REFERRED %';
UPDATE violation_record SET finding_kind = 'LD_PAID' WHERE description LIKE 'Liquidated damages for %, closed PAID';
UPDATE violation_record SET finding_kind = 'LD_DECIDED' WHERE description LIKE 'Liquidated damages for %, closed DECIDED_PAID';
UPDATE violation_record SET finding_kind = 'LD_OPTION_ONE' WHERE description LIKE 'Liquidated damages for %, closed OPTION_ONE_PAID';
UPDATE violation_record SET finding_kind = 'REFERRAL' WHERE description LIKE 'Liquidated damages for %, closed REFERRED';
UPDATE violation_record SET finding_kind = 'ABANDONMENT' WHERE description = 'Property forfeited (ASSENT)';
UPDATE violation_record SET finding_kind = 'FORFEITURE_DECIDED' WHERE description LIKE 'Property forfeited (%' AND description <> 'Property forfeited (ASSENT)';

-- EO 14411 Sec. 2(c)(i)(1): a bond recorded without refusal may carry a note on the foreign-IOR continuous-bond rule
ALTER TABLE bond ADD COLUMN eo_note VARCHAR(500);
