-- An office's mailing address is edited by administrators (page and PUT /api/v1/offices/{code}/address) with the
-- version they saw, so two concurrent edits cannot overwrite each other: the second is refused (409).
ALTER TABLE office ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
