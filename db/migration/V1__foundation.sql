-- Foundation: accounts, organizations model, IAM users, sign-in attempts, audit trail.
-- Portable SQL: runs unchanged on H2 (MODE=MySQL) and MySQL 8+ / MariaDB.

CREATE TABLE account (
    id          CHAR(12)     NOT NULL PRIMARY KEY,
    name        VARCHAR(50)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    alias       VARCHAR(63)  NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_account_alias UNIQUE (alias),
    CONSTRAINT uk_account_email UNIQUE (email)
);

CREATE TABLE organization (
    id                    VARCHAR(34)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(100) NOT NULL,
    management_account_id CHAR(12)     NOT NULL,
    feature_set           VARCHAR(24)  NOT NULL,
    created_at            TIMESTAMP(3) NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT uk_organization_management UNIQUE (management_account_id),
    CONSTRAINT fk_organization_management FOREIGN KEY (management_account_id) REFERENCES account (id)
);

-- One row per account that is in an organization (the management account too): the primary key
-- on account_id is what keeps an account in at most one organization.
CREATE TABLE organization_account (
    account_id      CHAR(12)     NOT NULL PRIMARY KEY,
    organization_id VARCHAR(34)  NOT NULL,
    joined_method   VARCHAR(16)  NOT NULL,
    joined_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_org_account_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_org_account_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_org_account_org ON organization_account (organization_id, account_id);

-- Trusted access of an AWS service principal (ds.amazonaws.com) for an organization.
CREATE TABLE organization_service_access (
    organization_id   VARCHAR(34)  NOT NULL,
    service_principal VARCHAR(128) NOT NULL,
    enabled_at        TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (organization_id, service_principal),
    CONSTRAINT fk_service_access_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE iam_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     CHAR(12)     NOT NULL,
    user_name      VARCHAR(64)  NOT NULL,
    -- IAM user names are unique without regard to case; this column enforces it portably.
    user_name_key  VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    permission_set VARCHAR(40)  NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL,
    password_changed_at TIMESTAMP(3) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_iam_user_name UNIQUE (account_id, user_name_key),
    CONSTRAINT fk_iam_user_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE sign_in_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     VARCHAR(63)  NOT NULL,
    user_name_key  VARCHAR(64)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    attempted_at   TIMESTAMP(3) NOT NULL,
    succeeded      BOOLEAN      NOT NULL
);
CREATE INDEX ix_sign_in_attempt_user ON sign_in_attempt (account_id, user_name_key, attempted_at);
CREATE INDEX ix_sign_in_attempt_address ON sign_in_attempt (client_address, attempted_at);

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_time     TIMESTAMP(3)  NOT NULL,
    account_id     VARCHAR(12)   NOT NULL,
    principal_arn  VARCHAR(200)  NULL,
    event_name     VARCHAR(100)  NOT NULL,
    event_source   VARCHAR(16)   NOT NULL,
    source_address VARCHAR(64)   NULL,
    region         VARCHAR(32)   NULL,
    outcome        VARCHAR(16)   NOT NULL,
    error_code     VARCHAR(100)  NULL,
    summary        VARCHAR(1000) NULL
);
CREATE INDEX ix_audit_event_account_time ON audit_event (account_id, event_time, id);
CREATE INDEX ix_audit_event_account_name ON audit_event (account_id, event_name, event_time);
