-- Issue 15 item 5: enforcement priorities (EO 14411 Sec. 4(b)) and the party flags of the worklist.

-- The case's enforcement priority, set at intake: FORCED_LABOR (19 U.S.C. 1307), MISCLASSIFICATION, UNDERVALUATION,
-- TRANSSHIPMENT or EAPA (19 U.S.C. 1517); NULL when the case is none of them. On the case file, not the penalty facts,
-- because liquidated-damages and seizure cases carry the same flag. It is a fact and is recorded whatever the date;
-- what it drives (worklist order, report section) applies only while the order's rule is in force.
ALTER TABLE case_file ADD COLUMN enforcement_priority VARCHAR(24);
-- the report's priority section: the year's cases of each priority
CREATE INDEX ix_case_file_priority ON case_file (enforcement_priority, opened_at);

-- The worklist copies the case's priority and its party's standing and risk tier (both kept on the party row by the
-- standing and tier rules), so the list shows them without reading the case or the party.
ALTER TABLE worklist_entry ADD COLUMN priority VARCHAR(24);
ALTER TABLE worklist_entry ADD COLUMN party_id BIGINT;
ALTER TABLE worklist_entry ADD COLUMN party_good_standing BOOLEAN;
ALTER TABLE worklist_entry ADD COLUMN party_risk_tier VARCHAR(8);
-- The row's group while the rule is in force: 0 a priority case, 1 a case of a HIGH risk-tier party, 2 the rest. It is
-- derived from the two columns above and kept whatever the date; the query orders by it only while the rule is in
-- force on the caller's date, and otherwise by due_sort alone, as before.
ALTER TABLE worklist_entry ADD COLUMN sort_rank SMALLINT NOT NULL DEFAULT 2;
ALTER TABLE worklist_entry_group ADD COLUMN sort_rank SMALLINT NOT NULL DEFAULT 2;

-- The ranked first page is again one ordered range of one index (group and office, then rank, then deadline). The
-- indexes of V12 stay for the unranked order (before the rule is in force) and the deadline filters.
CREATE INDEX ix_worklist_group_office_rank_due ON worklist_entry_group (group_id, office_code, sort_rank, due_sort, task_id, family);
CREATE INDEX ix_worklist_assignee_rank_due ON worklist_entry (assignee, sort_rank, due_sort, task_id, office_code, family);
-- refreshing a party's rows when its standing or tier changes
CREATE INDEX ix_worklist_party ON worklist_entry (party_id);

-- the rows already in the read model
UPDATE worklist_entry SET party_id = (SELECT c.party_id FROM case_file c WHERE c.case_number = worklist_entry.case_number)
 WHERE case_number IS NOT NULL;
UPDATE worklist_entry SET
    party_good_standing = (SELECT p.good_standing FROM party p WHERE p.id = worklist_entry.party_id),
    party_risk_tier = (SELECT p.risk_tier FROM party p WHERE p.id = worklist_entry.party_id)
 WHERE party_id IS NOT NULL;
UPDATE worklist_entry SET sort_rank = 1 WHERE party_risk_tier = 'HIGH';
UPDATE worklist_entry_group SET sort_rank = 1
 WHERE task_id IN (SELECT e.task_id FROM worklist_entry e WHERE e.sort_rank = 1);
