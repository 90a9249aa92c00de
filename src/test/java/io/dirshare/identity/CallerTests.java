package io.dirshare.identity;

import io.dirshare.core.policy.Permissions;
import io.dirshare.core.AccountPosition;
import io.dirshare.core.Action;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CallerTests {

	private final Caller auditor = new Caller("111111111111", "auditor", AccountPosition.MANAGEMENT,
			Permissions.of(PermissionSet.ReadOnlyAccess.managedPolicy()), Caller.EventSource.CONSOLE, "10.0.0.1", null);

	@Test
	void requireRefusesAnActionOutsideThePermissionSetWithAwsAccessDenied() {
		AwsException refused = catchThrowableOfType(AwsException.class,
				() -> this.auditor.require(Action.IAM_CREATE_USER));
		assertThat(refused.kind()).isEqualTo(AwsException.Kind.FORBIDDEN);
		assertThat(refused.errorCode()).isEqualTo("AccessDeniedException");
		assertThat(refused.getMessage()).isEqualTo("User: arn:aws:iam::111111111111:user/auditor is not authorized to"
				+ " perform: iam:CreateUser because no identity-based policy allows the iam:CreateUser action");
	}

	@Test
	void requirePassesAnAllowedAction() {
		assertThatNoException().isThrownBy(() -> this.auditor.require(Action.IAM_LIST_USERS));
	}

	@Test
	void withoutARegionTheCallerIsInUsEast1AndCanMoveToAnother() {
		assertThat(this.auditor.region()).isEqualTo(AwsRegion.US_EAST_1);
		Caller inIreland = this.auditor.inRegion(AwsRegion.EU_WEST_1);
		assertThat(inIreland.region()).isEqualTo(AwsRegion.EU_WEST_1);
		assertThat(inIreland.arn()).isEqualTo(this.auditor.arn());
		assertThat(this.auditor.isManagementAccount()).isTrue();
	}

}
