-- Issue 11 (R1): an import a crash interrupted must not read RUNNING for ever. The node that runs an import writes
-- its name and a fresh heartbeat; an import whose heartbeat is older than the lease (fpf.import.lease) has no live
-- worker, and any node marks it INTERRUPTED with the counts of the lines it really recorded.
-- (Version 14.3 rather than 14: other branches of issue 11 add migrations at the same time.)
ALTER TABLE ld_import ADD COLUMN owner_node VARCHAR(120);
ALTER TABLE ld_import ADD COLUMN heartbeat_at DATETIME(6);
UPDATE ld_import SET heartbeat_at = started_at WHERE heartbeat_at IS NULL;
CREATE INDEX ix_ld_import_status ON ld_import (status, heartbeat_at);
