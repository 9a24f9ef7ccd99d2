-- What binding records: each volume's archive number and file, and the clerk's per-page corrections.

ALTER TABLE volume ADD COLUMN archive_number VARCHAR(100);
ALTER TABLE volume ADD COLUMN file_name VARCHAR(500);
ALTER TABLE volume ADD COLUMN secondary BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE volume ADD COLUMN items INTEGER DEFAULT 0 NOT NULL;

-- The clerk's override of a scanned page's status (blank / not blank / verso), kept by file and page so it
-- survives reordering the materials.
CREATE TABLE page_override (
    case_id   BIGINT        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    file_path VARCHAR(1000) NOT NULL,
    page_no   INTEGER       NOT NULL,   -- 1-based page of that scan
    kind      VARCHAR(20)   NOT NULL,   -- PageKind name
    PRIMARY KEY (case_id, file_path, page_no)
);
