# An organization made outside Terraform (by the test, through dirshare's services), imported, and then
# managed: its feature set and trusted access match, so the plan after the import shows no change.

import {
  to = aws_organizations_organization.org
  id = var.organization_id
}

resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["ds.amazonaws.com"]
}

variable "organization_id" {
  type = string
}

output "master_account_id" {
  value = aws_organizations_organization.org.master_account_id
}
