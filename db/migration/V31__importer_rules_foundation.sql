-- Issue 15: the order's importer and transparency rules. DHS and CBP have published none of the thresholds below; each
-- is our choice until an implementing instrument states one (confidence 'TEAM': set by the FP&F team, not found in any
-- source). They apply only while an implementing instrument puts their EO rule in force (gov.fpf.rules.EoRule), and
-- change like every legal parameter: a new row from a future date, never an edit.
INSERT INTO legal_parameter (name, param_value, unit, effective_from, citation, confidence, note, created_at, created_by) VALUES
  ('standing.findings.lookback', 5.0000, 'YEARS', DATE '2026-06-03', 'EO 14411 Sec. 2(d)', 'TEAM', 'Findings of violation against the IOR or an affiliate within this many years count against good standing. Five years mirrors the 19 U.S.C. 1621 limitation period and the repeat-offender look-back; CBP has not defined good standing.', CURRENT_TIMESTAMP, 'migration'),
  ('standing.findings.threshold', 2.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(d)', 'TEAM', 'This many final findings of culpability within the look-back (the IOR and its affiliates together) end good standing. A finding of illegally importing fentanyl, nitazenes, other illicit substances, precursor chemicals or contraband ends it on its own, whatever its date (the order states no period).', CURRENT_TIMESTAMP, 'migration'),
  ('standing.past-due.grace', 0.0000, 'DAYS', DATE '2026-06-03', 'EO 14411 Sec. 2(d) ("payment of required customs liabilities")', 'TEAM', 'Days after a penalty or liquidated-damages debt falls due before it counts as past due for good standing; 0 = the day after the due date.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.lookback', 5.0000, 'YEARS', DATE '2026-06-03', 'EO 14411 Sec. 2(e)', 'TEAM', 'Findings, enforcement actions and audit results within this many years are scored.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.points.finding', 10.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(e) (compliance history)', 'TEAM', 'Points per final finding of culpability in the look-back.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.points.illicit-finding', 50.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(d), 2(e)', 'TEAM', 'Points per finding of illegally importing illicit substances, precursors or contraband.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.points.enforcement-action', 5.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(e) (enforcement actions)', 'TEAM', 'Points per penalty, liquidated-damages or seizure case opened against the IOR in the look-back.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.points.past-due-debt', 20.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(e) (compliance history)', 'TEAM', 'Points per penalty or liquidated-damages debt past due.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.points.adverse-audit', 15.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(e) (audit results)', 'TEAM', 'Points per adverse audit result recorded in the look-back.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.points.not-in-good-standing', 40.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(d), 2(e)', 'TEAM', 'Points when the IOR is not in good standing.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.medium.from', 20.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(e)', 'TEAM', 'A score of at least this many points is the medium tier.', CURRENT_TIMESTAMP, 'migration'),
  ('risk-tier.high.from', 50.0000, 'COUNT', DATE '2026-06-03', 'EO 14411 Sec. 2(e)', 'TEAM', 'A score of at least this many points is the high tier.', CURRENT_TIMESTAMP, 'migration'),
  ('ior.inactive.after', 365.0000, 'DAYS', DATE '2026-06-03', 'EO 14411 Sec. 2(e) ("removing inactive IORs")', 'TEAM', 'An IOR with no case, finding or vetting activity for this many days is listed for removal from the registry.', CURRENT_TIMESTAMP, 'migration'),
  ('vetting.cycle', 12.0000, 'MONTHS', DATE '2026-06-03', 'EO 14411 Sec. 2(f)', 'TEAM', 'A vetted party is vetted again this long after its last vetting, and whenever a new finding arrives.', CURRENT_TIMESTAMP, 'migration'),
  ('vetting.due', 30.0000, 'DAYS', DATE '2026-06-03', 'EO 14411 Sec. 2(f)', 'TEAM', 'A vetting is overdue this many days after it was opened.', CURRENT_TIMESTAMP, 'migration'),
  ('broker.identity-verification.per-violation', 10000.0000, 'USD', DATE '2026-06-03', '19 U.S.C. 1641(i)(3)', 'R', 'Penalty per failure of a broker to verify an importer''s identity, no aggregate cap; applies once CBP''s identity-verification regulations are in force (rule-audit section 3).', CURRENT_TIMESTAMP, 'migration'),
  ('confidentiality.review.cycle', 12.0000, 'MONTHS', DATE '2026-06-03', 'EO 14411 Sec. 6', 'TEAM', 'A granted confidentiality request is reviewed this long after its grant or last review.', CURRENT_TIMESTAMP, 'migration'),
  ('confidentiality.grant.maximum', 2.0000, 'YEARS', DATE '2026-06-03', 'EO 14411 Sec. 6; 19 CFR 103.31(d)(4)', 'R', 'Longest period a confidentiality request is granted for before it must be renewed (manifest confidentiality certifications run two years).', CURRENT_TIMESTAMP, 'migration'),
  ('confidentiality.renewal.notice', 30.0000, 'DAYS', DATE '2026-06-03', 'EO 14411 Sec. 6', 'TEAM', 'A review task for renewal opens this many days before a grant expires.', CURRENT_TIMESTAMP, 'migration'),
  ('report.disclosure.minimum-cell', 5.0000, 'COUNT', DATE '2000-01-01', 'EO 14411 Sec. 6 ("consistent with ... any other applicable limit on the disclosure of sensitive information")', 'TEAM', 'A published count below this is suppressed; national-security exception counts below it are never published. Small-cell suppression at 5 follows common statistical-agency practice.', CURRENT_TIMESTAMP, 'migration');

-- What a party does in the import trade, so recurrent vetting (Sec. 2(f)) knows whom to vet and a broker's clients'
-- cases can name the broker (Sec. 4(a)). A party may hold several roles.
CREATE TABLE party_role (
    party_id    BIGINT       NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    PRIMARY KEY (party_id, role),
    CONSTRAINT fk_party_role_party FOREIGN KEY (party_id) REFERENCES party (id)
);
CREATE INDEX ix_party_role_role ON party_role (role, party_id);

-- The risk tier last computed for the party (Sec. 2(e)); NULL until scored. Kept on the party so every list can show it.
ALTER TABLE party ADD COLUMN risk_tier VARCHAR(8);

-- every party recorded so far was recorded as an importer of record (the violator, claimant or bond principal)
INSERT INTO party_role (party_id, role) SELECT id, 'IMPORTER_OF_RECORD' FROM party;

-- EO 14411 Sec. 2(d): a finding of illegally importing fentanyl, nitazenes, other illicit substances, precursor
-- chemicals or contraband (gov.fpf.party.IllicitImport); NULL for any other finding
ALTER TABLE violation_record ADD COLUMN illicit_import VARCHAR(32);
