# A Managed Microsoft AD directory, shared with a partner account by invitation (HANDSHAKE) and accepted
# there, and with a member account of the organization (ORGANIZATIONS) -- against dirshare instead of AWS.
#
#   ./mvnw spring-boot:run -Dmaven.test.skip   # dirshare with the demo data on http://localhost:8080
#   cd examples/terraform && terraform init && terraform apply
#
# The defaults are the README's demo keys: never use them anywhere real.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

provider "aws" {
  region                  = var.region
  access_key              = var.owner_access_key
  secret_key              = var.owner_secret_key
  skip_metadata_api_check = true
  endpoints {
    ds            = var.endpoint
    organizations = var.endpoint
    sts           = var.endpoint
  }
}

provider "aws" {
  alias                   = "partner"
  region                  = var.region
  access_key              = var.partner_access_key
  secret_key              = var.partner_secret_key
  skip_metadata_api_check = true
  endpoints {
    ds            = var.endpoint
    organizations = var.endpoint
    sts           = var.endpoint
  }
}

resource "aws_directory_service_directory" "corp" {
  name        = var.directory_name
  short_name  = "TFCORP"
  password    = var.admin_password
  edition     = "Standard"
  type        = "MicrosoftAD"
  description = "Made by Terraform"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }

  tags = {
    Environment = "example"
  }
}

# Any account, by invitation with a note; the partner accepts it with its own credentials.
resource "aws_directory_service_shared_directory" "partner" {
  directory_id = aws_directory_service_directory.corp.id
  method       = "HANDSHAKE"
  notes        = "Shared by Terraform"

  target {
    id = var.partner_account_id
  }
}

resource "aws_directory_service_shared_directory_accepter" "partner" {
  provider            = aws.partner
  shared_directory_id = aws_directory_service_shared_directory.partner.shared_directory_id
}

# A member account of the owner's organization: no acceptance, but trusted access for ds.amazonaws.com.
resource "aws_directory_service_shared_directory" "member" {
  directory_id = aws_directory_service_directory.corp.id
  method       = "ORGANIZATIONS"

  target {
    id = var.member_account_id
  }
}

data "aws_directory_service_directory" "corp" {
  directory_id = aws_directory_service_directory.corp.id
}

data "aws_caller_identity" "owner" {}
