-- Penalty cases, issue 12 (items 8, 9, 13, 14).
--
-- 19 U.S.C. 1592(c)(4): a prior-disclosure cap holds only when the loss of revenue is tendered at disclosure or within
-- 30 days of CBP's calculation notice (parameter deadline.prior-disclosure-tender). The dates and the amount tendered
-- are facts of the case.
ALTER TABLE penalty_case ADD COLUMN disclosure_date DATE;
ALTER TABLE penalty_case ADD COLUMN lor_notice_date DATE;
ALTER TABLE penalty_case ADD COLUMN tender_date DATE;
ALTER TABLE penalty_case ADD COLUMN tender_amount DECIMAL(15,2);

-- 19 U.S.C. 1526(f)(2)-(3): first or later seizure comes from the party's recorded 1526(f) history; what the officer
-- adds beyond the record is kept with who added it and why.
ALTER TABLE penalty_case ADD COLUMN prior_seizures_on_record INT;
ALTER TABLE penalty_case ADD COLUMN prior_seizures_added_reason VARCHAR(2000);
ALTER TABLE penalty_case ADD COLUMN prior_seizures_added_by VARCHAR(64);

-- A 1592 case can span hundreds of entries: the list is stored whole (comma separated, as before; an entry number
-- holds no comma), never cut to 1000 characters.
ALTER TABLE penalty_case ADD COLUMN entry_number_list MEDIUMTEXT;
UPDATE penalty_case SET entry_number_list = entry_numbers;
ALTER TABLE penalty_case DROP COLUMN entry_numbers;

-- 19 U.S.C. 1592(d): money received on a penalty case restores the loss of revenue first, then pays the penalty
-- (19 CFR Part 171 App. B (F)(1)); each payment row says which it covers. Null for the other families.
ALTER TABLE payment ADD COLUMN applied_to VARCHAR(24);
