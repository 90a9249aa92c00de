package io.dirshare.api;

import java.util.List;

import io.dirshare.core.Action;
import io.dirshare.identity.CallerIdentity;
import io.dirshare.identity.IamUserService;

import org.springframework.stereotype.Component;

/**
 * AWS Security Token Service ({@code sts}, query protocol): GetCallerIdentity, which Terraform's AWS
 * provider and the CLI call to learn the account they work in.
 */
@Component
class StsOperations implements ApiOperations {

	record Empty() {
	}

	record GetCallerIdentityOutput(String userId, String account, String arn) {
	}

	private final IamUserService users;

	StsOperations(IamUserService users) {
		this.users = users;
	}

	@Override
	public List<ApiOperation<?>> operations() {
		return List.of(ApiOperation.of(ApiService.STS, "GetCallerIdentity", Action.STS_GET_CALLER_IDENTITY, Empty.class,
				(caller, input) -> {
					CallerIdentity identity = this.users.callerIdentity(caller);
					return new GetCallerIdentityOutput(identity.userId(), identity.account(), identity.arn());
				}));
	}

}
