-- Notes and attachments on a case (issue 14, item 5). Both are append-only: a correction is a new note, a wrong
-- document stays on the record next to the right one. The attachment row holds what the office knows about the file
-- (sanitized original name, type found from its content, size, SHA-256, category, who uploaded it and when); the
-- bytes are in case_attachment_content (database storage, the default) or in the configured directory, named by the
-- attachment id (directory storage); stored_in says which.
CREATE TABLE case_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    note_text   VARCHAR(4000) NOT NULL,
    author      VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_note_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_note_case ON case_note (case_id);

CREATE TABLE case_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    file_type     VARCHAR(16)   NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    category      VARCHAR(16)   NOT NULL,
    description   VARCHAR(500),
    stored_in     VARCHAR(16)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_attachment_case ON case_attachment (case_id);

-- LONGBLOB: up to 4 GB on MariaDB/MySQL (a BLOB stops at 64 KB, a MEDIUMBLOB at 16 MB, below the 20 MB limit);
-- H2 in MySQL mode reads it as BLOB. MariaDB also needs max_allowed_packet above the attachment limit (README).
CREATE TABLE case_attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES case_attachment (id)
);
