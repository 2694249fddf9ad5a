-- Issue 15 item 1: good standing (EO 14411 Sec. 2(d)) of every importer of record, derived from its record and its
-- affiliates' (gov.fpf.party.DerivedStanding), with a supervisor's override.

-- Affiliates of a party (Sec. 2(d) "the IOR's and its affiliates' history"). A row reads "affiliate_id is party_id's
-- <relation>"; seen from the affiliate the relation is the inverse (PARENT <-> SUBSIDIARY, OFFICER <-> OFFICER_OF,
-- COMMON_OWNER both ways). An affiliation that ended stays recorded (ended_on set) and no longer counts.
CREATE TABLE party_affiliation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    party_id      BIGINT        NOT NULL,
    affiliate_id  BIGINT        NOT NULL,
    relation      VARCHAR(16)   NOT NULL,
    since         DATE          NOT NULL,
    note          VARCHAR(1000),
    recorded_at   TIMESTAMP     NOT NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    ended_on      DATE,
    end_reason    VARCHAR(1000),
    ended_at      TIMESTAMP     NULL,
    ended_by      VARCHAR(64),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_party_affiliation_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_party_affiliation_affiliate FOREIGN KEY (affiliate_id) REFERENCES party (id),
    CONSTRAINT ck_party_affiliation_not_self CHECK (party_id <> affiliate_id)
);
CREATE INDEX ix_party_affiliation_party ON party_affiliation (party_id, ended_on);
CREATE INDEX ix_party_affiliation_affiliate ON party_affiliation (affiliate_id, ended_on);

-- A supervisor's override (good or not good, with a reason, optionally until a date): it wins over the derivation
-- while it lasts. NULL standing_override: none.
ALTER TABLE party ADD COLUMN standing_override BOOLEAN;
ALTER TABLE party ADD COLUMN standing_override_reason VARCHAR(1000);
ALTER TABLE party ADD COLUMN standing_override_until DATE;
ALTER TABLE party ADD COLUMN standing_override_by VARCHAR(64);
ALTER TABLE party ADD COLUMN standing_override_at TIMESTAMP NULL;

-- The derived answer kept on the party (good_standing is its snapshot): the reasons (JSON list of code, text,
-- citation), whether the rule was in force, and the date it was derived for.
ALTER TABLE party ADD COLUMN standing_reasons MEDIUMTEXT;
ALTER TABLE party ADD COLUMN standing_rule_in_force BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE party ADD COLUMN standing_assessed_on DATE;
ALTER TABLE party ALTER COLUMN good_standing SET DEFAULT TRUE;

-- The manual flag recorded before: where a supervisor had recorded a party as not in good standing, that record is
-- now the party's override (with the note it was recorded with), until a supervisor clears it.
UPDATE party SET standing_override = FALSE,
                 standing_override_reason = COALESCE(standing_note, 'recorded as not in good standing before standing was derived'),
                 standing_override_by = 'migration',
                 standing_override_at = CURRENT_TIMESTAMP
 WHERE good_standing = FALSE;
