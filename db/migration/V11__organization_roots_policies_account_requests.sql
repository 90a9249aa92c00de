-- AWS Organizations beyond accounts and handshakes: the policy types enabled in the organization's root
-- (the root itself is r- and the organization ID's suffix, so it needs no table), CreateAccount requests,
-- which complete asynchronously as in AWS, and the tags of accounts and the root.
-- Portable: H2 (MODE=MySQL) and MySQL 8+.

CREATE TABLE organization_policy_type (
    organization_id VARCHAR(34)  NOT NULL,
    policy_type     VARCHAR(64)  NOT NULL,
    enabled_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (organization_id, policy_type),
    CONSTRAINT fk_policy_type_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- One row per CreateAccount: IN_PROGRESS until due_at, then SUCCEEDED (with the account) or FAILED (with
-- the reason). The job claims a due row with a conditional update, so one instance completes it.
CREATE TABLE create_account_request (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id     VARCHAR(34)  NOT NULL,
    account_name        VARCHAR(50)  NOT NULL,
    email               VARCHAR(64)  NOT NULL,
    state               VARCHAR(16)  NOT NULL,
    failure_reason      VARCHAR(64)  NULL,
    account_id          CHAR(12)     NULL,
    requested_by_user   VARCHAR(64)  NOT NULL,
    requested_at        TIMESTAMP(3) NOT NULL,
    due_at              TIMESTAMP(3) NULL,
    completed_at        TIMESTAMP(3) NULL
);
CREATE INDEX ix_create_account_request_due ON create_account_request (due_at);
CREATE INDEX ix_create_account_request_org ON create_account_request (organization_id, requested_at);

-- Tags of an organization's accounts and root; a CreateAccount request's tags wait under the request's
-- ID until its account exists.
CREATE TABLE organization_resource_tag (
    organization_id VARCHAR(34)  NOT NULL,
    resource_id     VARCHAR(130) NOT NULL,
    tag_key         VARCHAR(128) NOT NULL,
    tag_value       VARCHAR(256) NOT NULL,
    PRIMARY KEY (organization_id, resource_id, tag_key)
);
