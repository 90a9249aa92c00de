-- AWS Organizations service control policies (SCPs): the policies, and what each is attached to.
-- Portable: H2 (MODE=MySQL) and MySQL 8+.

-- One row per policy. AWS's own FullAWSAccess belongs to no organization (organization_id NULL,
-- aws_managed TRUE) and is the same policy in every organization, as on AWS; every other policy belongs
-- to the organization whose management account created it, and its name is unique there.
CREATE TABLE organization_policy (
    id              VARCHAR(130)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(34)   NULL,
    policy_type     VARCHAR(64)   NOT NULL,
    name            VARCHAR(128)  NOT NULL,
    description     VARCHAR(512)  NOT NULL,
    content         TEXT          NOT NULL,
    aws_managed     BOOLEAN       NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    updated_at      TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uq_policy_name UNIQUE (organization_id, policy_type, name),
    CONSTRAINT fk_policy_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- A policy attached to a target of an organization: its root (r-...) or one of its accounts. The
-- organization is part of the key because FullAWSAccess is attached in every organization.
CREATE TABLE organization_policy_attachment (
    organization_id VARCHAR(34)  NOT NULL,
    policy_id       VARCHAR(130) NOT NULL,
    target_id       VARCHAR(100) NOT NULL,
    attached_at     TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (organization_id, policy_id, target_id),
    CONSTRAINT fk_attachment_org FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_attachment_policy FOREIGN KEY (policy_id) REFERENCES organization_policy (id)
);
CREATE INDEX ix_attachment_target ON organization_policy_attachment (organization_id, target_id);

INSERT INTO organization_policy (id, organization_id, policy_type, name, description, content, aws_managed, created_at, updated_at)
VALUES ('p-FullAWSAccess', NULL, 'SERVICE_CONTROL_POLICY', 'FullAWSAccess',
        'Allows access to every operation',
        '{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}', TRUE, TIMESTAMP '2017-02-07 00:00:00', TIMESTAMP '2017-02-07 00:00:00');
