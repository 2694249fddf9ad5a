-- A notice as a document: each issue of a notice is a version with the HTML and the PDF/A bytes exactly as sent and
-- their SHA-256. Version 1 is written when the notice is issued; a re-issue (say, the address was corrected) adds the
-- next version with its reason, and the earlier versions stay as they were.
CREATE TABLE notice_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id   BIGINT       NOT NULL,
    version     INT          NOT NULL,
    reason      VARCHAR(500),
    content_html MEDIUMTEXT  NOT NULL,
    pdf         LONGBLOB     NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    size_bytes  INT          NOT NULL,
    addressee_name VARCHAR(200) NOT NULL,
    addressee_party_id BIGINT,
    addressee_address_on_file BOOLEAN NOT NULL,
    issued_at   DATETIME(6)  NOT NULL,
    issued_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_notice_document_version UNIQUE (notice_id, version),
    CONSTRAINT fk_notice_document_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
);
