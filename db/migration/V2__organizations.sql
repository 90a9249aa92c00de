-- AWS Organizations: handshakes (invitations and the approvals of "Enable all features").
-- Portable SQL: runs unchanged on H2 (MODE=MySQL) and MySQL 8+ / MariaDB.

-- One row per handshake. The stored state is OPEN until someone changes it; whether an OPEN handshake
-- has EXPIRED is decided from expires_at when it is read or changed, so no background job can miss it.
-- Changes are conditional updates (WHERE state = 'OPEN'), which is what lets exactly one of two
-- concurrent changes win.
CREATE TABLE organization_handshake (
    id                VARCHAR(34)   NOT NULL PRIMARY KEY,
    organization_id   VARCHAR(34)   NOT NULL,
    action            VARCHAR(24)   NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    sender_account_id CHAR(12)      NOT NULL,
    target_account_id CHAR(12)      NOT NULL,
    notes             VARCHAR(1024) NULL,
    -- An APPROVE_ALL_FEATURES handshake belongs to the ENABLE_ALL_FEATURES request it approves.
    parent_id         VARCHAR(34)   NULL,
    requested_at      TIMESTAMP(3)  NOT NULL,
    expires_at        TIMESTAMP(3)  NOT NULL,
    changed_at        TIMESTAMP(3)  NULL,
    CONSTRAINT fk_handshake_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_handshake_target FOREIGN KEY (target_account_id) REFERENCES account (id)
);
CREATE INDEX ix_handshake_target ON organization_handshake (target_account_id, state, expires_at);
CREATE INDEX ix_handshake_org ON organization_handshake (organization_id, requested_at);
CREATE INDEX ix_handshake_parent ON organization_handshake (parent_id);
