-- IAM access keys that sign AWS API requests (SigV4). The secret is needed in clear to verify a
-- signature, so it cannot be hashed: it is stored encrypted (AES-GCM, key from configuration).
CREATE TABLE access_key (
    access_key_id     CHAR(20)     NOT NULL PRIMARY KEY,
    account_id        CHAR(12)     NOT NULL,
    user_id           BIGINT       NOT NULL,
    secret_ciphertext VARCHAR(255) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL,
    last_used_at      TIMESTAMP(3) NULL,
    last_used_region  VARCHAR(32)  NULL,
    last_used_service VARCHAR(32)  NULL,
    version           BIGINT       NOT NULL,
    -- Deleting a user deletes its keys, as IAM does.
    CONSTRAINT fk_access_key_user FOREIGN KEY (user_id) REFERENCES iam_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_access_key_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_access_key_user ON access_key (user_id, created_at);
