# Service control policies: an organization with the SCP type enabled in its root, an account created in
# it, a customer-managed SCP, and the SCP attached to the account (which keeps FullAWSAccess beside it).

resource "aws_organizations_organization" "org" {
  feature_set          = "ALL"
  enabled_policy_types = ["SERVICE_CONTROL_POLICY"]
}

resource "aws_organizations_account" "workloads" {
  name  = "Workloads"
  email = var.account_email

  depends_on = [aws_organizations_organization.org]
}

resource "aws_organizations_policy" "deny_leaving" {
  name        = "DenyLeavingTheOrganization"
  description = "Member accounts stay in the organization"
  type        = "SERVICE_CONTROL_POLICY"

  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DenyLeaving"
        Effect   = "Deny"
        Action   = ["organizations:LeaveOrganization"]
        Resource = "*"
      }
    ]
  })

  tags = {
    Team = "platform"
  }

  depends_on = [aws_organizations_organization.org]
}

resource "aws_organizations_policy_attachment" "workloads" {
  policy_id = aws_organizations_policy.deny_leaving.id
  target_id = aws_organizations_account.workloads.id
}

variable "account_email" {
  type = string
}

output "organization_id" {
  value = aws_organizations_organization.org.id
}

output "account_id" {
  value = aws_organizations_account.workloads.id
}

output "policy_id" {
  value = aws_organizations_policy.deny_leaving.id
}

output "policy_arn" {
  value = aws_organizations_policy.deny_leaving.arn
}
