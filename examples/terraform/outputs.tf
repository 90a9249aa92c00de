output "owner_account_id" {
  value = data.aws_caller_identity.owner.account_id
}

output "directory_id" {
  value = aws_directory_service_directory.corp.id
}

output "security_group_id" {
  value = data.aws_directory_service_directory.corp.security_group_id
}

output "dns_ip_addresses" {
  value = sort(tolist(aws_directory_service_directory.corp.dns_ip_addresses))
}

output "partner_shared_directory_id" {
  value = aws_directory_service_shared_directory_accepter.partner.shared_directory_id
}

output "member_shared_directory_id" {
  value = aws_directory_service_shared_directory.member.shared_directory_id
}
