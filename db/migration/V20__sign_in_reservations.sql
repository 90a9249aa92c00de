-- Sign-in attempts become reservations: a row is taken (pending) under a lock on the user's guard row
-- before the password is checked, so parallel attempts never evaluate more passwords than the limit,
-- also across several instances on one database. A pending row of a crashed instance expires with the
-- window like a failure. Attempts last one window, so the old rows are simply dropped.
DROP TABLE sign_in_attempt;

CREATE TABLE sign_in_attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- An account ID, or a digest ("#...") of what was typed when no such account exists.
    account_id     VARCHAR(63)  NOT NULL,
    -- A user's name key, or a digest ("#...") of what was typed when no such user exists, so a
    -- password typed into the user name field is never stored.
    user_name_key  VARCHAR(64)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    attempted_at   TIMESTAMP(3) NOT NULL,
    pending        BOOLEAN      NOT NULL
);
CREATE INDEX ix_sign_in_attempt_user ON sign_in_attempt (account_id, user_name_key, attempted_at);
CREATE INDEX ix_sign_in_attempt_address ON sign_in_attempt (client_address, attempted_at);

-- One row per account + user name that was tried: the row every attempt of that user locks first.
CREATE TABLE sign_in_guard (
    account_id     VARCHAR(63)  NOT NULL,
    user_name_key  VARCHAR(64)  NOT NULL,
    locked_until   TIMESTAMP(3) NULL,
    PRIMARY KEY (account_id, user_name_key)
);
