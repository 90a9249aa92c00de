variable "endpoint" {
  description = "dirshare's address: every AWS service this module calls is pointed at it."
  type        = string
  default     = "http://localhost:8080"
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "owner_access_key" {
  description = "Access key of the directory owner (demo: 111111111111/admin, management account of Example Corp)."
  type        = string
  default     = "AKIADEMO111111111111"
}

variable "owner_secret_key" {
  type      = string
  default   = "dirshare-demo-secret-111111111111"
  sensitive = true
}

variable "partner_account_id" {
  description = "The account invited to share the directory (demo: Partner Co)."
  type        = string
  default     = "444444444444"
}

variable "partner_access_key" {
  type    = string
  default = "AKIADEMO444444444444"
}

variable "partner_secret_key" {
  type      = string
  default   = "dirshare-demo-secret-444444444444"
  sensitive = true
}

variable "member_account_id" {
  description = "A member account of the owner's organization (demo: Example Dev)."
  type        = string
  default     = "222222222222"
}

variable "directory_name" {
  type    = string
  default = "terraform.example.com"
}

variable "admin_password" {
  type      = string
  default   = "Sup3r-Secret!"
  sensitive = true
}
