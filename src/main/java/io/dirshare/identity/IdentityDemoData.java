package io.dirshare.identity;

import java.time.Clock;

import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import io.dirshare.demo.DemoDataSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four demo accounts and their users (README: "Demo identities"), and Example Corp's customer
 * managed policy ShareLabDirectoriesOnly, which diradmin holds instead of AWSDirectoryServiceFullAccess.
 */
@Component
@Order(10)
class IdentityDemoData implements DemoDataSet {

	private final AccountRepository accounts;

	private final IamUserService users;

	static final String LAB_POLICY_NAME = "ShareLabDirectoriesOnly";

	/** Reads directories and the organization; shares and unshares only directories tagged env=lab. */
	static final String LAB_POLICY_DOCUMENT = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Sid": "ReadDirectoriesAndTheOrganization",
			      "Effect": "Allow",
			      "Action": [
			        "ds:Describe*",
			        "ds:List*",
			        "ds:Get*",
			        "organizations:Describe*",
			        "organizations:List*",
			        "cloudtrail:LookupEvents"
			      ],
			      "Resource": "*"
			    },
			    {
			      "Sid": "ShareLabDirectoriesOnly",
			      "Effect": "Allow",
			      "Action": [
			        "ds:ShareDirectory",
			        "ds:UnshareDirectory"
			      ],
			      "Resource": "arn:aws:ds:*:111111111111:directory/*",
			      "Condition": {
			        "StringEquals": {
			          "aws:ResourceTag/env": "lab"
			        }
			      }
			    }
			  ]
			}
			""";

	private final Clock clock;

	private final IamPolicyService policies;

	private final AccountPositions positions;

	IdentityDemoData(AccountRepository accounts, IamUserService users, IamPolicyService policies,
			AccountPositions positions, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.policies = policies;
		this.positions = positions;
		this.clock = clock;
	}

	@Override
	public boolean isLoaded() {
		return this.accounts.existsById("111111111111");
	}

	@Override
	public void load() {
		account("111111111111", "Example Corp", "aws-management@example.com", "example-corp");
		account("222222222222", "Example Dev", "aws-dev@example.com", null);
		account("333333333333", "Example Prod", "aws-prod@example.com", null);
		account("444444444444", "Partner Co", "aws@partner.example.net", null);
		user("111111111111", "admin", PermissionSet.AdministratorAccess);
		user("111111111111", "auditor", PermissionSet.ReadOnlyAccess);
		user("111111111111", "diradmin", PermissionSet.DirectoryServiceFullAccess);
		user("222222222222", "admin", PermissionSet.AdministratorAccess);
		user("333333333333", "admin", PermissionSet.AdministratorAccess);
		user("444444444444", "admin", PermissionSet.AdministratorAccess);
		Caller admin = Caller.system("111111111111", "admin", this.positions.of("111111111111"), AwsRegion.US_EAST_1);
		IamPolicy lab = this.policies.create(admin, LAB_POLICY_NAME,
				"Lets directory administrators share only the directories tagged env=lab.", LAB_POLICY_DOCUMENT);
		this.policies.attach(admin, "diradmin", lab.arn());
		this.policies.detach(admin, "diradmin", PermissionSet.DirectoryServiceFullAccess.arn());
	}

	private void account(String id, String name, String email, String alias) {
		this.accounts.save(Account.create(id, name, email, alias, this.clock.instant()));
	}

	private void user(String accountId, String userName, PermissionSet permissionSet) {
		this.users.createInitialUser(accountId, userName, DEMO_PASSWORD, permissionSet);
	}

}
