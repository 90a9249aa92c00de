-- What AWS's DescribeDirectories, DescribeRegions, DescribeDomainControllers and ListTagsForResource
-- report about a directory and dirshare did not keep: the alias (and so the access URL), single
-- sign-on, when the stage last changed; per Region the VPC settings (with a security group of its
-- own), the desired number of domain controllers, the domain controllers themselves and the tags (AWS
-- keeps tags per Region for a replicated directory). Portable: H2 (MODE=MySQL) and MySQL 8+.

ALTER TABLE directory ADD COLUMN alias_name VARCHAR(62) NULL;
ALTER TABLE directory ADD COLUMN sso_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE directory ADD COLUMN stage_updated_at TIMESTAMP(3) NULL;
UPDATE directory SET stage_updated_at = launch_time;
-- An alias names the directory's access URL (<alias>.awsapps.com), so it is unique everywhere.
CREATE UNIQUE INDEX uk_directory_alias ON directory (alias_name);

ALTER TABLE directory_region ADD COLUMN vpc_id VARCHAR(21) NULL;
-- The two subnets, comma separated, in the order they were given.
ALTER TABLE directory_region ADD COLUMN subnet_ids VARCHAR(64) NULL;
ALTER TABLE directory_region ADD COLUMN security_group_id VARCHAR(20) NULL;
ALTER TABLE directory_region ADD COLUMN desired_domain_controllers INT DEFAULT 2 NOT NULL;
-- Directories made before this version get VPC settings derived from their ID.
UPDATE directory_region SET vpc_id = CONCAT('vpc-', SUBSTRING(directory_id, 3, 8)),
    subnet_ids = CONCAT('subnet-', SUBSTRING(directory_id, 3, 8), ',subnet-', SUBSTRING(directory_id, 5, 8)),
    security_group_id = CONCAT('sg-', SUBSTRING(directory_id, 5, 8));

CREATE TABLE domain_controller (
    id                CHAR(13)     NOT NULL PRIMARY KEY,
    directory_id      CHAR(12)     NOT NULL,
    region            VARCHAR(32)  NOT NULL,
    subnet_id         VARCHAR(24)  NOT NULL,
    availability_zone VARCHAR(40)  NOT NULL,
    dns_ip_addr       VARCHAR(15)  NOT NULL,
    -- Creating, Active or Deleting; the job moves it on at status_due_at (NULL once Active).
    status            VARCHAR(16)  NOT NULL,
    status_due_at     TIMESTAMP(3) NULL,
    launch_time       TIMESTAMP(3) NOT NULL,
    status_updated_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_domain_controller_directory FOREIGN KEY (directory_id) REFERENCES directory (id)
);
CREATE INDEX ix_domain_controller_directory ON domain_controller (directory_id, region, launch_time);
CREATE INDEX ix_domain_controller_due ON domain_controller (status_due_at);

-- Two domain controllers in each Region of the directories made before this version, with the
-- directory's DNS addresses. Their IDs: dc-, 8 hex digits of the directory ID, the Region's number, 0 or 1.
INSERT INTO domain_controller (id, directory_id, region, subnet_id, availability_zone, dns_ip_addr, status,
    status_due_at, launch_time, status_updated_at)
SELECT CONCAT('dc-', SUBSTRING(r.directory_id, 3, 8), n.region_digit, n.ordinal), r.directory_id, r.region,
    CASE n.ordinal WHEN '0' THEN CONCAT('subnet-', SUBSTRING(r.directory_id, 3, 8))
        ELSE CONCAT('subnet-', SUBSTRING(r.directory_id, 5, 8)) END,
    CONCAT(r.region, CASE n.ordinal WHEN '0' THEN 'a' ELSE 'b' END),
    CASE n.ordinal WHEN '0' THEN SUBSTRING(d.dns_ip_addrs, 1, LOCATE(',', d.dns_ip_addrs) - 1)
        ELSE SUBSTRING(d.dns_ip_addrs, LOCATE(',', d.dns_ip_addrs) + 1) END,
    CASE d.stage WHEN 'Active' THEN 'Active' ELSE 'Creating' END, d.stage_due_at, r.added_at, r.added_at
FROM directory_region r
JOIN directory d ON d.id = r.directory_id
JOIN (SELECT '0' AS ordinal, reg.code, reg.region_digit FROM (
        SELECT 'us-east-1' AS code, '0' AS region_digit UNION ALL SELECT 'us-east-2', '1' UNION ALL
        SELECT 'us-west-1', '2' UNION ALL SELECT 'us-west-2', '3' UNION ALL SELECT 'ca-central-1', '4' UNION ALL
        SELECT 'eu-west-1', '5' UNION ALL SELECT 'eu-west-2', '6' UNION ALL SELECT 'eu-central-1', '7' UNION ALL
        SELECT 'eu-north-1', '8' UNION ALL SELECT 'ap-southeast-1', '9' UNION ALL SELECT 'ap-southeast-2', 'a' UNION ALL
        SELECT 'ap-northeast-1', 'b' UNION ALL SELECT 'ap-south-1', 'c' UNION ALL SELECT 'sa-east-1', 'd' UNION ALL
        SELECT 'cn-northwest-1', 'e') reg
      UNION ALL
      SELECT '1', reg.code, reg.region_digit FROM (
        SELECT 'us-east-1' AS code, '0' AS region_digit UNION ALL SELECT 'us-east-2', '1' UNION ALL
        SELECT 'us-west-1', '2' UNION ALL SELECT 'us-west-2', '3' UNION ALL SELECT 'ca-central-1', '4' UNION ALL
        SELECT 'eu-west-1', '5' UNION ALL SELECT 'eu-west-2', '6' UNION ALL SELECT 'eu-central-1', '7' UNION ALL
        SELECT 'eu-north-1', '8' UNION ALL SELECT 'ap-southeast-1', '9' UNION ALL SELECT 'ap-southeast-2', 'a' UNION ALL
        SELECT 'ap-northeast-1', 'b' UNION ALL SELECT 'ap-south-1', 'c' UNION ALL SELECT 'sa-east-1', 'd' UNION ALL
        SELECT 'cn-northwest-1', 'e') reg) n ON n.code = r.region;

CREATE TABLE directory_tag (
    directory_id CHAR(12)     NOT NULL,
    region       VARCHAR(32)  NOT NULL,
    tag_key      VARCHAR(128) NOT NULL,
    tag_value    VARCHAR(256) NOT NULL,
    PRIMARY KEY (directory_id, region, tag_key),
    CONSTRAINT fk_directory_tag_directory FOREIGN KEY (directory_id) REFERENCES directory (id)
);
