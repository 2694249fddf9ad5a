-- Issue 14 (the bulk import page): each line's result names the bond and the entry of the line as the file gave them,
-- so a person reading a refused line knows which breach it was without opening the file again. Empty for lines
-- imported before this version. The import list of the page reads an office's imports newest first.
ALTER TABLE ld_import_row ADD COLUMN bond_number VARCHAR(32);
ALTER TABLE ld_import_row ADD COLUMN bond_id BIGINT;
ALTER TABLE ld_import_row ADD COLUMN entry_number VARCHAR(32);
CREATE INDEX ix_ld_import_office_started ON ld_import (office_code, started_at);
