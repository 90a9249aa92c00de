package io.dirshare.organizations;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An account's membership of an organization (the management account has one too). */
@Table("organization_account")
public record OrganizationAccount(@Id String accountId, String organizationId, JoinedMethod joinedMethod,
		Instant joinedAt) {

}
