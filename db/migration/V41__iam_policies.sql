-- IAM policies: customer managed policies of an account with their versions, and the policies attached
-- to each user. AWS managed policies are documents shipped with dirshare (arn:aws:iam::aws:policy/NAME),
-- so they have no row; an attachment names its policy by ARN, managed or customer.
-- Portable SQL: runs unchanged on H2 (MODE=MySQL) and MySQL 8+.

CREATE TABLE iam_policy (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- IAM's unique ID of the policy: ANPA and 17 upper-case letters and digits.
    policy_id           CHAR(21)      NOT NULL,
    account_id          CHAR(12)      NOT NULL,
    policy_name         VARCHAR(128)  NOT NULL,
    -- IAM policy names are unique in an account without regard to case.
    policy_name_key     VARCHAR(128)  NOT NULL,
    path                VARCHAR(512)  NOT NULL,
    description         VARCHAR(1000) NULL,
    arn                 VARCHAR(700)  NOT NULL,
    default_version_id  VARCHAR(8)    NOT NULL,
    -- IAM never reuses a deleted version's ID: v3 stays gone after it is deleted.
    next_version_number INT           NOT NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_iam_policy_id UNIQUE (policy_id),
    CONSTRAINT uk_iam_policy_name UNIQUE (account_id, policy_name_key),
    CONSTRAINT uk_iam_policy_arn UNIQUE (arn),
    CONSTRAINT fk_iam_policy_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A managed policy's document is at most 6,144 characters without white space; the column leaves room
-- for the white space of a readable document.
CREATE TABLE iam_policy_version (
    policy_row_id BIGINT         NOT NULL,
    version_id    VARCHAR(8)     NOT NULL,
    document      VARCHAR(12288) NOT NULL,
    created_at    TIMESTAMP(3)   NOT NULL,
    PRIMARY KEY (policy_row_id, version_id),
    CONSTRAINT fk_iam_policy_version_policy FOREIGN KEY (policy_row_id) REFERENCES iam_policy (id) ON DELETE CASCADE
);

CREATE TABLE iam_user_policy (
    user_id     BIGINT       NOT NULL,
    policy_arn  VARCHAR(700) NOT NULL,
    attached_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (user_id, policy_arn),
    -- Deleting a user detaches its policies, as IAM's console does.
    CONSTRAINT fk_iam_user_policy_user FOREIGN KEY (user_id) REFERENCES iam_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_iam_user_policy_arn ON iam_user_policy (policy_arn);

-- Each user's permission set becomes an attachment of the AWS managed policy of the same powers.
INSERT INTO iam_user_policy (user_id, policy_arn, attached_at)
SELECT id,
       CASE permission_set
           WHEN 'AdministratorAccess' THEN 'arn:aws:iam::aws:policy/AdministratorAccess'
           WHEN 'ReadOnlyAccess' THEN 'arn:aws:iam::aws:policy/ReadOnlyAccess'
           WHEN 'DirectoryServiceFullAccess' THEN 'arn:aws:iam::aws:policy/AWSDirectoryServiceFullAccess'
           WHEN 'OrganizationsFullAccess' THEN 'arn:aws:iam::aws:policy/AWSOrganizationsFullAccess'
       END,
       created_at
FROM iam_user;

ALTER TABLE iam_user DROP COLUMN permission_set;
