-- Issue 4: the import summary groups skipped and refused lines by why (DUPLICATE, OUTSIDE_STATUTE, UNKNOWN_BOND,
-- INVALID, RULE, ERROR); the reason column keeps the sentence a person reads.
ALTER TABLE ld_import_row ADD COLUMN reason_code VARCHAR(24);
