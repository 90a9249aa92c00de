-- Access requests (README, "Access requests"): directories an owner offers to the accounts of its
-- organization, per Region, and the requests of member accounts for them.
CREATE TABLE requestable_directory (
    owner_directory_id CHAR(12)      NOT NULL,
    region             VARCHAR(32)   NOT NULL,
    owner_account_id   CHAR(12)      NOT NULL,
    description        VARCHAR(1024) NOT NULL,
    updated_at         TIMESTAMP(3)  NOT NULL,
    CONSTRAINT pk_requestable_directory PRIMARY KEY (owner_directory_id, region)
);
CREATE INDEX ix_requestable_owner ON requestable_directory (owner_account_id, region);

CREATE TABLE access_request (
    id                   VARCHAR(20)   NOT NULL PRIMARY KEY,
    owner_account_id     CHAR(12)      NOT NULL,
    owner_directory_id   CHAR(12)      NOT NULL,
    region               VARCHAR(32)   NOT NULL,
    requester_account_id CHAR(12)      NOT NULL,
    requested_by         VARCHAR(300)  NOT NULL,
    justification        VARCHAR(1024) NOT NULL,
    -- OPEN, APPROVED or DENIED; an OPEN request past expires_at is expired, decided by the clock on read.
    status               VARCHAR(16)   NOT NULL,
    decision_reason      VARCHAR(1024) NULL,
    decided_by           VARCHAR(300)  NULL,
    shared_directory_id  CHAR(12)      NULL,
    requested_at         TIMESTAMP(3)  NOT NULL,
    expires_at           TIMESTAMP(3)  NOT NULL,
    decided_at           TIMESTAMP(3)  NULL,
    -- directory/Region/account while the request is open, NULL once decided or expired: the unique
    -- constraint allows one open request per directory, Region and account, also under concurrency.
    open_key             VARCHAR(64)   NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_access_request_open UNIQUE (open_key)
);
CREATE INDEX ix_access_request_owner ON access_request (owner_account_id, status, expires_at);
CREATE INDEX ix_access_request_requester ON access_request (requester_account_id, requested_at);
