#!/usr/bin/env python3
"""Rows for the list pages (bench/run), as PageLoadBenchmark seeds them: SQL into the schema Flyway created.

usage: seed.py FROM TO OWNER_DIRECTORY_ID > seed.sql

Adds rows FROM..TO-1 of each list the benchmark's pages show, so the same pages can be measured with the
demo data, then 1k, then 10k rows:
- shares of the demo owner's directory OWNER_DIRECTORY_ID (111111111111, us-east-1) with other accounts:
  its Scale & share table (half Shared, a quarter Deleted, a quarter PendingAcceptance);
- directories of 333333333333 shared with 444444444444: the consumer's Directories and
  "Directories shared with me" pages;
- events of 111111111111: its event history.
Portable INSERTs (H2 in MySQL mode and MySQL), 500 rows a statement.
"""
import sys
from datetime import datetime, timezone

BATCH = 500


def directory_id(prefix, i):
    return "d-%s%09x" % (prefix, i)


def batches(rows):
    for start in range(0, len(rows), BATCH):
        yield rows[start:start + BATCH]


def main():
    first, last, owner_directory = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000")
    out = []
    shares = []
    for i in range(first, last):
        status = "Deleted" if i % 4 == 0 else "PendingAcceptance" if i % 4 == 1 else "Shared"
        shares.append("('111111111111', '%s', 'us-east-1', '%012d', '%s', 'HANDSHAKE', '%s', 'Benchmark share %d', "
                      "'%s', '%s', NULL, 0)" % (owner_directory, 900000000000 + i, directory_id("e", i), status, i,
                                                now, now))
    for rows in batches(shares):
        out.append("INSERT INTO directory_share (owner_account_id, owner_directory_id, region, shared_account_id, "
                   "shared_directory_id, share_method, share_status, share_notes, created_at, updated_at, "
                   "settle_due_at, version) VALUES\n" + ",\n".join(rows) + ";")
    directories, regions, consumer_shares = [], [], []
    for i in range(first, last):
        owned, shared = directory_id("a", i), directory_id("b", i)
        directories.append("('%s', '333333333333', 'bench%d.example.com', 'BENCH', 'Standard', NULL, 'Active', NULL, "
                           "'us-east-1', '10.0.0.10,10.0.1.10', '%s', 0)" % (owned, i, now))
        regions.append("('%s', 'us-east-1', '333333333333', TRUE, '%s', '%s', 'vpc-%s', 'subnet-%s,subnet-%s', "
                       "'sg-%s')" % (owned, now, now, owned[2:10], owned[4:12], owned[3:11], owned[4:12]))
        consumer_shares.append("('333333333333', '%s', 'us-east-1', '444444444444', '%s', 'HANDSHAKE', '%s', NULL, "
                               "'%s', '%s', NULL, 0)" % (owned, shared, "Shared" if i % 2 == 0 else
                                                         "PendingAcceptance", now, now))
    for rows in batches(directories):
        out.append("INSERT INTO directory (id, account_id, dns_name, short_name, edition, description, stage, "
                   "stage_due_at, primary_region, dns_ip_addrs, launch_time, version) VALUES\n"
                   + ",\n".join(rows) + ";")
    for rows in batches(regions):
        out.append("INSERT INTO directory_region (directory_id, region, account_id, is_primary, added_at, launch_time, "
                   "vpc_id, subnet_ids, security_group_id) VALUES\n"
                   + ",\n".join(rows) + ";")
    for rows in batches(consumer_shares):
        out.append("INSERT INTO directory_share (owner_account_id, owner_directory_id, region, shared_account_id, "
                   "shared_directory_id, share_method, share_status, share_notes, created_at, updated_at, "
                   "settle_due_at, version) VALUES\n" + ",\n".join(rows) + ";")
    events = []
    for i in range(first, last):
        events.append("('%s', '111111111111', 'arn:aws:iam::111111111111:user/admin', '%s', 'console', '127.0.0.1', "
                      "'us-east-1', 'Success', NULL, 'benchmark event %d')"
                      % (now, "ds:ShareDirectory" if i % 2 == 0 else "ds:UnshareDirectory", i))
    for rows in batches(events):
        out.append("INSERT INTO audit_event (event_time, account_id, principal_arn, event_name, event_source, "
                   "source_address, region, outcome, error_code, summary) VALUES\n" + ",\n".join(rows) + ";")
    print("\n".join(out))


if __name__ == "__main__":
    main()
