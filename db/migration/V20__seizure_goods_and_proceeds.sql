-- Issue 12 (items 11, 15, 16, 19): what a seizure now records for counterfeit and prohibited goods, held proceeds
-- of a summary sale and 1592 seizures.
--  * The trademark owner's written consent (19 U.S.C. 1526(e)), recorded when it arrives: without it counterfeit
--    goods are neither released on payment (1614) nor sold summarily (1612).
--  * The 1526(e) conditions the officer states before a disposition of counterfeits other than destruction.
--  * Proceeds of a summary sale are held subject to claims (1612(a)) until the 1613(a) period has run and any
--    petition for them is decided: held_proceeds is the amount still held, proceeds_distributed the day it was
--    distributed (or paid to the claimant, 19 CFR 162.48(b)(2)).
--  * A 1592 seizure's penalty facts: the culpability and amounts the 1592(c) maximum is computed from (the
--    (c)(14) release security is capped at it) and the final penalty and costs (the 1613(b) excess goes back).
--  * Which lines a summary sale of perishable items covered (1612(a) applies item by item).
ALTER TABLE seizure_case ADD COLUMN tm_consent_date DATE NULL;
ALTER TABLE seizure_case ADD COLUMN tm_consent_ref VARCHAR(200) NULL;
ALTER TABLE seizure_case ADD COLUMN goods_not_unsafe BOOLEAN NULL;
ALTER TABLE seizure_case ADD COLUMN marks_obliterated BOOLEAN NULL;
ALTER TABLE seizure_case ADD COLUMN obliteration_not_feasible BOOLEAN NULL;
ALTER TABLE seizure_case ADD COLUMN no_agency_need BOOLEAN NULL;
ALTER TABLE seizure_case ADD COLUMN held_proceeds DECIMAL(15,2) NULL;
ALTER TABLE seizure_case ADD COLUMN held_proceeds_value DECIMAL(15,2) NULL;
ALTER TABLE seizure_case ADD COLUMN proceeds_distributed DATE NULL;
ALTER TABLE seizure_case ADD COLUMN culpability_1592 VARCHAR(16) NULL;
ALTER TABLE seizure_case ADD COLUMN dutiable_value_1592 DECIMAL(15,2) NULL;
ALTER TABLE seizure_case ADD COLUMN loss_of_revenue_1592 DECIMAL(15,2) NULL;
ALTER TABLE seizure_case ADD COLUMN maximum_penalty_1592 DECIMAL(15,2) NULL;
ALTER TABLE seizure_case ADD COLUMN final_penalty_1592 DECIMAL(15,2) NULL;
ALTER TABLE seizure_case ADD COLUMN penalty_costs_1592 DECIMAL(15,2) NULL;
ALTER TABLE seizure_item ADD COLUMN summarily_sold BOOLEAN NOT NULL DEFAULT FALSE;
