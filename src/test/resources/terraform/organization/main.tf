# A new organization with trusted access and policy types, an account created in it, and the
# organization as its data source reads it.

resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["ds.amazonaws.com", "sso.amazonaws.com"]
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY", "TAG_POLICY"]
}

resource "aws_organizations_account" "workloads" {
  name  = "Workloads"
  email = var.account_email

  tags = {
    CostCenter = "42"
  }

  depends_on = [aws_organizations_organization.org]
}

data "aws_organizations_organization" "current" {
  depends_on = [aws_organizations_account.workloads]
}

variable "account_email" {
  type = string
}

output "organization_id" {
  value = aws_organizations_organization.org.id
}

output "root_id" {
  value = aws_organizations_organization.org.roots[0].id
}

output "account_id" {
  value = aws_organizations_account.workloads.id
}

output "data_source_accounts" {
  value = sort([for account in data.aws_organizations_organization.current.accounts : account.id])
}

output "data_source_service_principals" {
  value = sort(tolist(data.aws_organizations_organization.current.aws_service_access_principals))
}
