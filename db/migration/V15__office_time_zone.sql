-- Each office keeps its own calendar: "today" for legal dates and the hour a period closes are read in the office's
-- IANA time zone (19 CFR 171.2, 172.3, 19 U.S.C. 1608: a period includes its last day, which ends at the office's
-- midnight). Existing offices take America/New_York; the demo seaport is on the Pacific coast.
ALTER TABLE office ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'America/New_York';
UPDATE office SET time_zone = 'America/Los_Angeles' WHERE code = 'LALB';
