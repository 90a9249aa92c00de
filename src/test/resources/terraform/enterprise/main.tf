# An Enterprise directory with an alias, single sign-on and three domain controllers, replicated to a
# second Region with tags of its own.

resource "aws_directory_service_directory" "enterprise" {
  name                                 = "enterprise.terraform.example.com"
  password                             = "Sup3r-Secret!"
  edition                              = "Enterprise"
  type                                 = "MicrosoftAD"
  alias                                = var.alias
  enable_sso                           = true
  desired_number_of_domain_controllers = 3

  vpc_settings {
    vpc_id     = "vpc-0123abcd"
    subnet_ids = ["subnet-0123abcd", "subnet-4567abcd"]
  }
}

resource "aws_directory_service_region" "west" {
  directory_id                         = aws_directory_service_directory.enterprise.id
  region_name                          = "us-west-2"
  desired_number_of_domain_controllers = 2

  vpc_settings {
    vpc_id     = "vpc-89abcdef"
    subnet_ids = ["subnet-89abcdef", "subnet-01abcdef"]
  }

  tags = {
    Region = "west"
  }
}

variable "alias" {
  type = string
}

output "directory_id" {
  value = aws_directory_service_directory.enterprise.id
}

output "access_url" {
  value = aws_directory_service_directory.enterprise.access_url
}

output "security_group_id" {
  value = aws_directory_service_directory.enterprise.security_group_id
}
