-- The navigation badge counts a consumer's pending invitations that have not expired, on every page, and the
-- reminder lists those expiring soon: both read this index alone, however many shares the account has.
CREATE INDEX ix_share_consumer_pending ON directory_share (shared_account_id, region, share_status, invitation_expires_at);
