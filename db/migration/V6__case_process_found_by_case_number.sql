-- A case's processes carry its case number as business key; the stored instance id was never read and goes.
ALTER TABLE case_file DROP COLUMN process_instance_id;
