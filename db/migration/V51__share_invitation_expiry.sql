-- Invitations that expire (README, "Invitations that expire"): the organization's setting, and when
-- each HANDSHAKE invitation sent under it expires (NULL: never, as on AWS).
CREATE TABLE share_invitation_expiry (
    organization_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    expiry_days     INT          NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL
);
ALTER TABLE directory_share ADD COLUMN invitation_expires_at TIMESTAMP(3) NULL;
