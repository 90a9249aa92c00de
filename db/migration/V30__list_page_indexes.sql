-- Every list page reads one page, not every row of the account: each list's ORDER BY, tie-breaker included,
-- is an index, so a page costs the same with 10 rows or 10,000 (README: "Performance").
-- Portable SQL: H2 (MODE=MySQL), MySQL 8+, MariaDB 10.8+ (descending index columns).

-- The Directories page, owned side: newest launch first, then by directory ID. The launch time is the
-- directory's, copied to each of its Regions so that one index of (account, Region) serves the order.
ALTER TABLE directory_region ADD COLUMN launch_time TIMESTAMP(3) NULL;
UPDATE directory_region SET launch_time = (SELECT d.launch_time FROM directory d WHERE d.id = directory_region.directory_id);
ALTER TABLE directory_region MODIFY launch_time TIMESTAMP(3) NOT NULL;
CREATE INDEX ix_directory_region_list ON directory_region (account_id, region, launch_time DESC, directory_id);

-- The Directories page, shared side: newest share first, then by shared directory ID.
CREATE INDEX ix_share_consumer_directories ON directory_share (shared_account_id, region, created_at DESC, shared_directory_id);

-- Directories shared with me: newest first, then the newest row.
CREATE INDEX ix_share_consumer_list ON directory_share (shared_account_id, region, created_at, id);

-- The Scale & share table keeps ix_share_owner_list (owner directory, Region, created_at): InnoDB's secondary
-- indexes end with the primary key, the tie-breaker. It also stays the index of the foreign key to directory:
-- an index whose columns a status change updates would make every share update check (and lock) the directory.
