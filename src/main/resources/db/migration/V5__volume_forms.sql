-- Each bound volume's forms as they were printed into it, so that a reprint (a worn cover, a second box
-- label run) matches the volume on the shelf even after the case register or the settings change.

CREATE TABLE volume_cover (
    volume_id      BIGINT        PRIMARY KEY REFERENCES volume (id) ON DELETE CASCADE,
    fonds          VARCHAR(200)  NOT NULL,
    category       VARCHAR(50)   NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    period         VARCHAR(100)  NOT NULL,
    retention      VARCHAR(20)   NOT NULL,
    items          INTEGER       NOT NULL,
    pages          INTEGER       NOT NULL,
    archive_number VARCHAR(100)  NOT NULL,
    volume_no      INTEGER       NOT NULL,
    volume_count   INTEGER       NOT NULL,
    secrecy        VARCHAR(20),
    compiler       VARCHAR(100),
    checker        VARCHAR(100),
    compiled_on    VARCHAR(40)   NOT NULL
);

CREATE TABLE volume_directory_row (
    volume_id BIGINT        NOT NULL REFERENCES volume (id) ON DELETE CASCADE,
    row_no    INTEGER       NOT NULL,
    seq       INTEGER       NOT NULL,
    doc_no    VARCHAR(200),
    author    VARCHAR(200),
    title     VARCHAR(1000) NOT NULL,
    doc_date  VARCHAR(40),
    pages     VARCHAR(40)   NOT NULL,
    remarks   VARCHAR(1000),
    PRIMARY KEY (volume_id, row_no)
);

CREATE TABLE volume_note (
    volume_id BIGINT        NOT NULL REFERENCES volume (id) ON DELETE CASCADE,
    line_no   INTEGER       NOT NULL,
    text      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (volume_id, line_no)
);

CREATE TABLE volume_paper_original (
    volume_id    BIGINT        NOT NULL REFERENCES volume (id) ON DELETE CASCADE,
    seq          INTEGER       NOT NULL,
    title        VARCHAR(1000) NOT NULL,
    first_number INTEGER       NOT NULL,
    last_number  INTEGER       NOT NULL,
    PRIMARY KEY (volume_id, seq, first_number)
);
