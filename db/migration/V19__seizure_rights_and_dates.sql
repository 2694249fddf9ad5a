-- Issue 12 (seizure family, legal exactness): the dates that start a seizure's periods as recorded, not assumed, and the
-- parties whose rights a seizure must keep. One seizure_timeline row per SEIZURE case file (kept apart from seizure_case
-- so the columns of each concern stay together):
--   discovery of the offense and of the property's involvement (19 U.S.C. 1621), any 1621(2) tolling entered by hand;
--   the actual first publication and the customhouse posting (19 U.S.C. 1607, 1608; 19 CFR 162.45);
--   the supplemental-petition period after a denial (19 CFR 171.61);
--   the CAFRA track (18 U.S.C. 983): the 60-day notice deadline, the claim and the 90-day complaint deadline.
CREATE TABLE seizure_timeline (
    case_id                    BIGINT        NOT NULL,
    discovery_date             DATE,
    discovery_stated           BOOLEAN       NOT NULL,
    involvement_discovery_date DATE,
    tolled_days                INT           NOT NULL,
    tolling_reason             VARCHAR(500),
    limitation_date            DATE          NOT NULL,
    customhouse_posting_date   DATE,
    customhouse_posting_ends   DATE,
    election_due               DATE,
    supplemental_petition_due  DATE,
    owner_abandoned_date       DATE,
    cafra                      BOOLEAN       NOT NULL,
    cafra_notice_due           DATE,
    cafra_claim_date           DATE,
    complaint_due              DATE,
    complaint_filed_date       DATE,
    version                    BIGINT        NOT NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_seizure_timeline_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

-- Every party who appears to have an interest in the seized property gets the notice of seizure (19 U.S.C. 1607(a);
-- 19 CFR 162.31) and may claim (1608); one party's abandonment (CBP Form 4607) binds only that party.
CREATE TABLE seizure_interested_party (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    party_role        VARCHAR(24)   NOT NULL,
    notice_sent_date  DATE,
    abandoned_date    DATE,
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_interested_party_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_interested_party_case ON seizure_interested_party (case_id);

INSERT INTO legal_parameter (name, param_value, unit, effective_from, citation, confidence, note, created_at, created_by) VALUES
  ('publication.customhouse-posting.threshold', 5000.0000, 'USD', DATE '2000-01-01', '19 CFR 162.45(b)(2)', 'V', 'Seized property appraised at this value or less is also posted at the customhouse (in addition to the forfeiture website).', CURRENT_TIMESTAMP, 'migration'),
  ('deadline.customhouse-posting', 21.0000, 'DAYS', DATE '2000-01-01', '19 U.S.C. 1607(a); 19 CFR 162.45(b)(2)', 'V', 'Customhouse posting for at least three successive weeks, counting the first day of posting as day 1.', CURRENT_TIMESTAMP, 'migration');

-- A forfeiture under a non-Title-19 statute is written in the party's history as e.g. "SEIZURE 31 U.S.C. 5317".
ALTER TABLE violation_record MODIFY COLUMN statute VARCHAR(40) NOT NULL;
