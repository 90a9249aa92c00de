-- ShareDirectory first settles, and locks, the shares of its directory in its Region whose transient status
-- is due (README: settle job): through this index it reads and locks only those rows.
CREATE INDEX ix_share_owner_settle ON directory_share (owner_directory_id, region, settle_due_at);
