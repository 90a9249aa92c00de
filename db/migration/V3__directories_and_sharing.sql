-- Directories (owner side), their Regions, and directory shares (one row per owner directory, Region and
-- consumer account; the row also is the consumer's shared directory). Portable: H2 (MODE=MySQL) and MySQL 8+.

CREATE TABLE directory (
    id             CHAR(12)     NOT NULL PRIMARY KEY,
    account_id     CHAR(12)     NOT NULL,
    dns_name       VARCHAR(255) NOT NULL,
    short_name     VARCHAR(15)  NOT NULL,
    edition        VARCHAR(16)  NOT NULL,
    description    VARCHAR(128) NULL,
    stage          VARCHAR(16)  NOT NULL,
    -- When a Creating directory becomes Active; the settle job picks it up (NULL once Active).
    stage_due_at   TIMESTAMP(3) NULL,
    primary_region VARCHAR(32)  NOT NULL,
    -- The domain controllers' addresses, comma separated, as DescribeDirectories reports them.
    dns_ip_addrs   VARCHAR(64)  NOT NULL,
    launch_time    TIMESTAMP(3) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_directory_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_directory_stage_due ON directory (stage_due_at);

-- The Regions a directory runs in (the primary one too); the Directories page lists by (account, Region).
CREATE TABLE directory_region (
    directory_id CHAR(12)     NOT NULL,
    region       VARCHAR(32)  NOT NULL,
    account_id   CHAR(12)     NOT NULL,
    is_primary   BOOLEAN      NOT NULL,
    added_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (directory_id, region),
    CONSTRAINT fk_directory_region_directory FOREIGN KEY (directory_id) REFERENCES directory (id)
);
CREATE INDEX ix_directory_region_account ON directory_region (account_id, region, added_at);

CREATE TABLE directory_share (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_account_id    CHAR(12)      NOT NULL,
    owner_directory_id  CHAR(12)      NOT NULL,
    region              VARCHAR(32)   NOT NULL,
    shared_account_id   CHAR(12)      NOT NULL,
    -- The consumer's own directory ID for this share.
    shared_directory_id CHAR(12)      NOT NULL,
    share_method        VARCHAR(16)   NOT NULL,
    share_status        VARCHAR(24)   NOT NULL,
    share_notes         VARCHAR(1024) NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL,
    -- When a transient status (Sharing, Rejecting, Deleting) settles; NULL otherwise.
    settle_due_at       TIMESTAMP(3)  NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_share_shared_directory UNIQUE (shared_directory_id),
    CONSTRAINT fk_share_directory FOREIGN KEY (owner_directory_id) REFERENCES directory (id)
);
CREATE INDEX ix_share_owner_list ON directory_share (owner_directory_id, region, created_at);
CREATE INDEX ix_share_owner_target ON directory_share (owner_directory_id, region, shared_account_id, share_status);
CREATE INDEX ix_share_consumer ON directory_share (shared_account_id, region, share_status, created_at);
CREATE INDEX ix_share_settle_due ON directory_share (settle_due_at);
