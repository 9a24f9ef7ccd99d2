-- The audit log as a hash chain (issue 5): each entry carries the SHA-256 (hex) of the entry before it and its own,
-- computed by the application from the entry's canonical text (domain.AuditSeal), so an edit, a deletion or an
-- insertion made directly on the database breaks the chain and `audit verify` names the entry.

ALTER TABLE audit_log ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN entry_hash VARCHAR(64);

-- One row: the newest entry of the chain. Appending locks it (SELECT ... FOR UPDATE) in the writer's transaction,
-- so two writers cannot both chain onto the same entry; it also shows when entries at the end were deleted.
-- legacy_last_id: the newest entry written before this migration; entries up to it have no hashes yet and are
-- sealed into the chain, in id order, the first time the register is opened (store.Database).
CREATE TABLE audit_head (
    id             INTEGER     NOT NULL PRIMARY KEY,
    last_id        BIGINT,
    last_hash      VARCHAR(64),
    legacy_last_id BIGINT      NOT NULL,
    CONSTRAINT audit_head_one_row CHECK (id = 1)
);

INSERT INTO audit_head (id, legacy_last_id) SELECT 1, COALESCE(MAX(id), 0) FROM audit_log;
