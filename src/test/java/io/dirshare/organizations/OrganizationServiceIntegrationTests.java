package io.dirshare.organizations;

import java.util.ArrayList;
import java.util.List;

import io.dirshare.audit.AuditEvent;
import io.dirshare.audit.AuditTrail;
import io.dirshare.core.AwsException;
import io.dirshare.core.AwsRegion;
import io.dirshare.core.Page;
import io.dirshare.identity.Account;
import io.dirshare.core.AccountPosition;
import io.dirshare.identity.AccountPositions;
import io.dirshare.core.Caller;
import io.dirshare.identity.PermissionSet;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(OrganizationServiceIntegrationTests.DepartureRecorder.class)
class OrganizationServiceIntegrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class DepartureRecorder {

		final List<AccountLeftOrganizationEvent> departures = new ArrayList<>();

		@EventListener
		void on(AccountLeftOrganizationEvent event) {
			this.departures.add(event);
		}

		@Bean
		DepartureRecorder departureRecorder() {
			return this;
		}

	}

	@Autowired
	OrganizationService organizations;

	@Autowired
	MemberAccountService accounts;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	FeatureSetService featureSet;

	@Autowired
	TrustedAccessService trustedAccess;

	@Autowired
	OrganizationQueries queries;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountPositions positions;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DepartureRecorder departureRecorder;

	private Account management(String name, FeatureSet featureSet) {
		Account account = this.testAccounts.newAccount(name);
		this.organizations.createOrganization(admin(account), featureSet);
		return account;
	}

	private Caller admin(Account account) {
		return this.testAccounts.admin(account);
	}

	private Account invitedMember(Account management) {
		Account member = this.testAccounts.newAccount("Member");
		HandshakeSummary invitation = this.handshakes.inviteAccount(admin(management), member.id(), null);
		this.handshakes.acceptHandshake(admin(member), invitation.id());
		return member;
	}

	private static void refused(Runnable call, String errorCode) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class,
				(refusal) -> assertThat(refusal.errorCode()).isEqualTo(errorCode));
	}

	private List<String> eventNames(Account account) {
		return this.auditTrail.page(admin(account), null, null, 1).items().stream().map(AuditEvent::eventName).toList();
	}

	@Test
	void aStandaloneAccountCreatesAnOrganizationAndBecomesItsManagementAccount() {
		Account account = this.testAccounts.newAccount("Creator");
		OrganizationDescription created = this.organizations.createOrganization(admin(account), null);

		assertThat(created.organization().id()).matches(Organization.ID_PATTERN);
		assertThat(created.organization().featureSet()).isEqualTo(FeatureSet.ALL);
		assertThat(created.managementAccount().id()).isEqualTo(account.id());
		assertThat(this.positions.of(account.id())).isEqualTo(AccountPosition.MANAGEMENT);
		assertThat(this.organizations.describeOrganization(admin(account)).organization().id())
			.isEqualTo(created.organization().id());
		assertThat(eventNames(account)).contains("organizations:CreateOrganization");
		refused(() -> this.organizations.createOrganization(admin(account), FeatureSet.ALL),
				"AlreadyInOrganizationException");
	}

	@Test
	void invitationAcceptedJoinsTheOrganizationAsInvited() {
		Account management = management("Inviter", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited");

		HandshakeSummary invitation = this.handshakes.inviteAccount(admin(management), invited.id(), "Join <us>");
		assertThat(invitation.state()).isEqualTo(HandshakeState.OPEN);
		assertThat(invitation.handshake().notes()).isEqualTo("Join <us>");
		assertThat(this.handshakes.openInvitationCount(admin(invited))).isEqualTo(1);
		assertThat(this.handshakes.openInvitations(admin(invited))).extracting(HandshakeSummary::id)
			.containsExactly(invitation.id());

		HandshakeSummary accepted = this.handshakes.acceptHandshake(admin(invited), invitation.id());

		assertThat(accepted.state()).isEqualTo(HandshakeState.ACCEPTED);
		assertThat(this.positions.of(invited.id())).isEqualTo(AccountPosition.MEMBER);
		MemberAccount member = this.accounts.describeAccount(admin(management), invited.id());
		assertThat(member.joinedMethod()).isEqualTo(JoinedMethod.INVITED);
		assertThat(this.handshakes.openInvitationCount(admin(invited))).isZero();
		assertThat(eventNames(invited)).contains("organizations:AcceptHandshake", "organizations:InviteAccountToOrganization");
		assertThat(eventNames(management)).contains("organizations:InviteAccountToOrganization",
				"organizations:AcceptHandshake");
		refused(() -> this.handshakes.acceptHandshake(admin(invited), invitation.id()),
				"HandshakeAlreadyInStateException");
		refused(() -> this.handshakes.cancelHandshake(admin(management), invitation.id()),
				"InvalidHandshakeTransitionException");
	}

	@Test
	void invitationByEmailFindsTheAccount() {
		Account management = management("Inviter", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited by email");
		HandshakeSummary invitation = this.handshakes.inviteAccount(admin(management), invited.email().toUpperCase(),
				null);
		assertThat(invitation.targetAccount().id()).isEqualTo(invited.id());
	}

	@Test
	void declinedAndCanceledInvitationsChangeNothingElse() {
		Account management = management("Inviter", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited");

		HandshakeSummary first = this.handshakes.inviteAccount(admin(management), invited.id(), null);
		assertThat(this.handshakes.declineHandshake(admin(invited), first.id()).state())
			.isEqualTo(HandshakeState.DECLINED);
		HandshakeSummary second = this.handshakes.inviteAccount(admin(management), invited.id(), null);
		assertThat(this.handshakes.cancelHandshake(admin(management), second.id()).state())
			.isEqualTo(HandshakeState.CANCELED);

		assertThat(this.positions.of(invited.id())).isEqualTo(AccountPosition.STANDALONE);
		assertThat(this.handshakes.listHandshakesForOrganization(admin(management)))
			.extracting(HandshakeSummary::state)
			.containsExactlyInAnyOrder(HandshakeState.DECLINED, HandshakeState.CANCELED);
		assertThat(this.handshakes.listHandshakesForAccount(admin(invited))).hasSize(2);
		refused(() -> this.handshakes.acceptHandshake(admin(invited), second.id()),
				"InvalidHandshakeTransitionException");
		assertThat(eventNames(invited)).contains("organizations:DeclineHandshake", "organizations:CancelHandshake");
	}

	@Test
	void invitationsThatMakeNoSenseAreRefusedAndChangeNothing() {
		Account management = management("Inviter", FeatureSet.ALL);
		Account member = invitedMember(management);
		Account otherManagement = management("Other org", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited");
		Caller admin = admin(management);
		int before = this.handshakes.listHandshakesForOrganization(admin).size();

		refused(() -> this.handshakes.inviteAccount(admin, management.id(), null),
				"HandshakeConstraintViolationException");
		refused(() -> this.handshakes.inviteAccount(admin, member.id(), null), "HandshakeConstraintViolationException");
		refused(() -> this.handshakes.inviteAccount(admin, otherManagement.id(), null),
				"HandshakeConstraintViolationException");
		refused(() -> this.handshakes.inviteAccount(admin, "999999999990", null), "InvalidInputException");
		refused(() -> this.handshakes.inviteAccount(admin, "nobody@nowhere.example", null), "InvalidInputException");
		refused(() -> this.handshakes.inviteAccount(admin, "12345", null), "InvalidInputException");
		refused(() -> this.handshakes.inviteAccount(admin, invited.id(), "x".repeat(1025)), "InvalidInputException");
		this.handshakes.inviteAccount(admin, invited.id(), null);
		refused(() -> this.handshakes.inviteAccount(admin, invited.id(), null), "DuplicateHandshakeException");

		assertThat(this.handshakes.listHandshakesForOrganization(admin)).hasSize(before + 1);
		assertThat(this.auditTrail.page(admin, "organizations:InviteAccountToOrganization", AuditEvent.Outcome.Failure, 1)
			.items()).hasSize(8);
	}

	@Test
	void acceptingWhileInAnotherOrganizationIsRefused() {
		Account first = management("First", FeatureSet.ALL);
		Account second = management("Second", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Wanted");
		HandshakeSummary fromFirst = this.handshakes.inviteAccount(admin(first), invited.id(), null);
		HandshakeSummary fromSecond = this.handshakes.inviteAccount(admin(second), invited.id(), null);
		this.handshakes.acceptHandshake(admin(invited), fromFirst.id());

		assertThatThrownBy(() -> this.handshakes.acceptHandshake(admin(invited), fromSecond.id()))
			.isInstanceOfSatisfying(AwsException.class, (refusal) -> {
				assertThat(refusal.errorCode()).isEqualTo("HandshakeConstraintViolationException");
				assertThat(refusal.extraMembers()).containsEntry("Reason", "ALREADY_IN_AN_ORGANIZATION");
				assertThat(refusal.getMessage()).contains("already a member of an organization");
			});
		assertThat(this.queries.membershipOf(invited.id()).orElseThrow().organization().managementAccountId())
			.isEqualTo(first.id());
		assertThat(this.handshakes.describeHandshake(admin(invited), fromSecond.id()).state())
			.isEqualTo(HandshakeState.OPEN);
	}

	@Test
	void onlyTheAddresseeAcceptsOrDeclinesAndOnlyTheSenderCancels() {
		Account management = management("Inviter", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited");
		Account stranger = this.testAccounts.newAccount("Stranger");
		HandshakeSummary invitation = this.handshakes.inviteAccount(admin(management), invited.id(), null);

		refused(() -> this.handshakes.acceptHandshake(admin(management), invitation.id()), "AccessDeniedException");
		refused(() -> this.handshakes.declineHandshake(admin(management), invitation.id()), "AccessDeniedException");
		refused(() -> this.handshakes.cancelHandshake(admin(invited), invitation.id()), "AccessDeniedException");
		refused(() -> this.handshakes.acceptHandshake(admin(stranger), invitation.id()), "HandshakeNotFoundException");
		refused(() -> this.handshakes.cancelHandshake(admin(stranger), invitation.id()), "HandshakeNotFoundException");
		refused(() -> this.handshakes.describeHandshake(admin(stranger), invitation.id()),
				"HandshakeNotFoundException");
		refused(() -> this.handshakes.acceptHandshake(admin(invited), "h-doesnotexist"), "HandshakeNotFoundException");
		refused(() -> this.handshakes.acceptHandshake(admin(invited), "not-a-handshake"), "InvalidInputException");

		assertThat(this.handshakes.describeHandshake(admin(invited), invitation.id()).state())
			.isEqualTo(HandshakeState.OPEN);
	}

	@Test
	void onlyTheManagementAccountManages() {
		Account management = management("Manager", FeatureSet.ALL);
		Account member = invitedMember(management);
		Account standalone = this.testAccounts.newAccount("Standalone");
		Caller memberAdmin = admin(member);

		refused(() -> this.accounts.listAccounts(memberAdmin, AccountSort.NAME_ASC, 1, 20), "AccessDeniedException");
		refused(() -> this.handshakes.inviteAccount(memberAdmin, standalone.id(), null), "AccessDeniedException");
		refused(() -> this.accounts.createAccount(memberAdmin, "X", "x@example.com", null), "AccessDeniedException");
		refused(() -> this.accounts.removeAccount(memberAdmin, management.id()), "AccessDeniedException");
		refused(() -> this.trustedAccess.enableTrustedAccess(memberAdmin, TrustedAccess.DIRECTORY_SERVICE),
				"AccessDeniedException");
		refused(() -> this.trustedAccess.listServiceAccess(memberAdmin), "AccessDeniedException");
		refused(() -> this.organizations.deleteOrganization(memberAdmin), "AccessDeniedException");
		refused(() -> this.handshakes.listHandshakesForOrganization(memberAdmin), "AccessDeniedException");
		refused(() -> this.accounts.listAccounts(admin(standalone), AccountSort.NAME_ASC, 1, 20),
				"AWSOrganizationsNotInUseException");
		assertThat(this.organizations.describeOrganization(memberAdmin).managementAccount().id())
			.isEqualTo(management.id());
	}

	@Test
	void readOnlyUsersOfTheManagementAccountReadButCannotAct() {
		Account management = management("Manager", FeatureSet.ALL);
		Account invited = this.testAccounts.newAccount("Invited");
		Caller auditor = this.testAccounts.caller(management.id(), "auditor", PermissionSet.ReadOnlyAccess,
				AwsRegion.US_EAST_1);

		assertThat(this.accounts.listAccounts(auditor, AccountSort.ID_ASC, 1, 20).items()).hasSize(1);
		refused(() -> this.handshakes.inviteAccount(auditor, invited.id(), null), "AccessDeniedException");
		refused(() -> this.accounts.createAccount(auditor, "X", "y@example.com", null), "AccessDeniedException");
		refused(() -> this.trustedAccess.disableTrustedAccess(auditor, TrustedAccess.DIRECTORY_SERVICE, "disable"),
				"AccessDeniedException");
		HandshakeSummary invitation = this.handshakes.inviteAccount(admin(management), invited.id(), null);
		Caller invitedAuditor = this.testAccounts.caller(invited.id(), "auditor", PermissionSet.ReadOnlyAccess,
				AwsRegion.US_EAST_1);
		assertThat(this.handshakes.openInvitationCount(invitedAuditor)).isEqualTo(1);
		refused(() -> this.handshakes.acceptHandshake(invitedAuditor, invitation.id()), "AccessDeniedException");
	}

	@Test
	void createdAccountHasAnAdminWhosePasswordIsStoredHashed() {
		Account management = management("Creator", FeatureSet.ALL);
		String email = "created-" + System.nanoTime() + "@test.example.com";

		CreatedAccount created = this.accounts.createAccount(admin(management), "Created One", email,
				"chosen-password-1");

		assertThat(created.account().id()).matches("^\\d{12}$");
		assertThat(created.account().joinedMethod()).isEqualTo(JoinedMethod.CREATED);
		assertThat(created.initialPassword()).isEqualTo("chosen-password-1");
		String hash = this.jdbc.sql("SELECT password_hash FROM iam_user WHERE account_id = :a AND user_name = 'admin'")
			.param("a", created.account().id())
			.query(String.class)
			.single();
		assertThat(hash).doesNotContain("chosen-password-1");
		assertThat(this.passwordEncoder.matches("chosen-password-1", hash)).isTrue();
		assertThat(this.positions.of(created.account().id())).isEqualTo(AccountPosition.MEMBER);
		assertThat(this.jdbc.sql("SELECT summary FROM audit_event WHERE event_name = 'organizations:CreateAccount'")
			.query(String.class)
			.list()).noneMatch((summary) -> summary != null && summary.contains("chosen-password-1"));

		CreatedAccount generated = this.accounts.createAccount(admin(management), "Created Two",
				"gen-" + email, "");
		assertThat(generated.initialPassword()).hasSize(16);
		refused(() -> this.accounts.createAccount(admin(management), "Again", email, null),
				"DuplicateAccountException");
		refused(() -> this.accounts.createAccount(admin(management), "", "a" + email, null), "InvalidInputException");
		refused(() -> this.accounts.createAccount(admin(management), "Bad", "not-an-email", null),
				"InvalidInputException");
	}

	@Test
	void accountsArePagedAndSortedByNameOrId() {
		Account management = management("Zulu management", FeatureSet.ALL);
		for (String name : List.of("Alpha", "Bravo", "Charlie")) {
			this.accounts.createAccount(admin(management), name, name.toLowerCase() + System.nanoTime()
					+ "@test.example.com", null);
		}
		Page<MemberAccount> first = this.accounts.listAccounts(admin(management), AccountSort.NAME_ASC, 1, 2);
		assertThat(first.items()).extracting(MemberAccount::name).containsExactly("Alpha", "Bravo");
		assertThat(first.hasNext()).isTrue();
		Page<MemberAccount> second = this.accounts.listAccounts(admin(management), AccountSort.NAME_ASC, 2, 2);
		assertThat(second.items()).extracting(MemberAccount::name).containsExactly("Charlie", "Zulu management");
		assertThat(second.hasNext()).isFalse();
		assertThat(second.items().get(1).isManagementAccount()).isTrue();
		List<String> byIdDesc = this.accounts.listAccounts(admin(management), AccountSort.ID_DESC, 1, 10)
			.items()
			.stream()
			.map(MemberAccount::id)
			.toList();
		assertThat(byIdDesc).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void removeAndLeavePublishTheDepartureAndMakeTheAccountStandalone() {
		Account management = management("Manager", FeatureSet.ALL);
		Account invited = invitedMember(management);
		Account leaver = invitedMember(management);
		CreatedAccount created = this.accounts.createAccount(admin(management), "Made here",
				"made-" + System.nanoTime() + "@test.example.com", null);
		String organizationId = this.queries.membershipOf(management.id()).orElseThrow().organization().id();

		this.accounts.removeAccount(admin(management), invited.id());
		this.accounts.leaveOrganization(admin(leaver));
		Caller createdAdmin = this.testAccounts.caller(created.account().id(), "admin",
				PermissionSet.AdministratorAccess, AwsRegion.US_EAST_1);
		refused(() -> this.accounts.leaveOrganization(createdAdmin), "ConstraintViolationException");
		this.accounts.removeAccount(admin(management), created.account().id());

		assertThat(this.positions.of(invited.id())).isEqualTo(AccountPosition.STANDALONE);
		assertThat(this.positions.of(leaver.id())).isEqualTo(AccountPosition.STANDALONE);
		assertThat(this.positions.of(created.account().id())).isEqualTo(AccountPosition.STANDALONE);
		assertThat(this.departureRecorder.departures).contains(
				new AccountLeftOrganizationEvent(invited.id(), organizationId, management.id()),
				new AccountLeftOrganizationEvent(leaver.id(), organizationId, management.id()),
				new AccountLeftOrganizationEvent(created.account().id(), organizationId, management.id()));
		assertThat(eventNames(management)).contains("organizations:RemoveAccountFromOrganization",
				"organizations:LeaveOrganization");
		assertThat(eventNames(leaver)).contains("organizations:LeaveOrganization");
		refused(() -> this.accounts.removeAccount(admin(management), management.id()),
				"MasterCannotLeaveOrganizationException");
		refused(() -> this.accounts.leaveOrganization(admin(management)), "MasterCannotLeaveOrganizationException");
		refused(() -> this.accounts.removeAccount(admin(management), invited.id()), "AccountNotFoundException");
		refused(() -> this.accounts.leaveOrganization(admin(invited)), "AWSOrganizationsNotInUseException");
	}

	@Test
	void deleteTheOrganizationOnlyWhenItHasNoOtherMembers() {
		Account management = management("Manager", FeatureSet.ALL);
		Account member = invitedMember(management);
		Account invited = this.testAccounts.newAccount("Pending");
		HandshakeSummary pending = this.handshakes.inviteAccount(admin(management), invited.id(), null);
		this.trustedAccess.enableTrustedAccess(admin(management), TrustedAccess.DIRECTORY_SERVICE);

		refused(() -> this.organizations.deleteOrganization(admin(management)), "OrganizationNotEmptyException");
		this.accounts.removeAccount(admin(management), member.id());
		this.organizations.deleteOrganization(admin(management));

		assertThat(this.positions.of(management.id())).isEqualTo(AccountPosition.STANDALONE);
		assertThat(this.handshakes.openInvitationCount(admin(invited))).isZero();
		refused(() -> this.handshakes.acceptHandshake(admin(invited), pending.id()), "HandshakeNotFoundException");
		assertThat(eventNames(management)).contains("organizations:DeleteOrganization");
	}

	@Test
	void enableAllFeaturesWaitsForEveryInvitedMemberButNotForCreatedOnes() {
		Account management = management("Billing only", FeatureSet.CONSOLIDATED_BILLING);
		Account first = invitedMember(management);
		Account second = invitedMember(management);
		this.accounts.createAccount(admin(management), "Created", "c-" + System.nanoTime() + "@test.example.com",
				null);
		refused(() -> this.trustedAccess.enableTrustedAccess(admin(management), TrustedAccess.DIRECTORY_SERVICE),
				"ConstraintViolationException");

		HandshakeSummary request = this.featureSet.enableAllFeatures(admin(management));
		assertThat(request.state()).isEqualTo(HandshakeState.OPEN);
		AllFeaturesProgress progress = this.featureSet.allFeaturesProgress(admin(management)).orElseThrow();
		assertThat(progress.approvals()).extracting((a) -> a.targetAccount().id())
			.containsExactlyInAnyOrder(first.id(), second.id());
		refused(() -> this.featureSet.enableAllFeatures(admin(management)), "HandshakeConstraintViolationException");
		refused(() -> this.handshakes.inviteAccount(admin(management), this.testAccounts.newAccount("Late").id(), null),
				"HandshakeConstraintViolationException");
		refused(() -> this.handshakes.acceptHandshake(admin(management), request.id()),
				"InvalidHandshakeTransitionException");

		HandshakeSummary firstApproval = this.handshakes.openInvitations(admin(first)).get(0);
		assertThat(firstApproval.handshake().action()).isEqualTo(HandshakeAction.APPROVE_ALL_FEATURES);
		assertThat(this.handshakes.openInvitationCount(admin(first))).isEqualTo(1);
		this.handshakes.acceptHandshake(admin(first), firstApproval.id());
		assertThat(this.organizations.describeOrganization(admin(management)).organization().featureSet())
			.isEqualTo(FeatureSet.CONSOLIDATED_BILLING);
		assertThat(this.featureSet.allFeaturesProgress(admin(management)).orElseThrow().approvedCount()).isEqualTo(1);

		this.handshakes.acceptHandshake(admin(second), this.handshakes.openInvitations(admin(second)).get(0).id());

		assertThat(this.organizations.describeOrganization(admin(management)).organization().featureSet())
			.isEqualTo(FeatureSet.ALL);
		assertThat(this.featureSet.allFeaturesProgress(admin(management)).orElseThrow().request().state())
			.isEqualTo(HandshakeState.ACCEPTED);
		this.trustedAccess.enableTrustedAccess(admin(management), TrustedAccess.DIRECTORY_SERVICE);
		assertThat(eventNames(management)).contains("organizations:EnableAllFeatures");
		refused(() -> this.featureSet.enableAllFeatures(admin(management)), "HandshakeConstraintViolationException");
	}

	@Test
	void enableAllFeaturesWithOnlyCreatedMembersTakesEffectAtOnce() {
		Account management = management("Only created", FeatureSet.CONSOLIDATED_BILLING);
		this.accounts.createAccount(admin(management), "Created", "o-" + System.nanoTime() + "@test.example.com",
				null);
		HandshakeSummary request = this.featureSet.enableAllFeatures(admin(management));
		assertThat(request.state()).isEqualTo(HandshakeState.ACCEPTED);
		assertThat(this.organizations.describeOrganization(admin(management)).organization().hasAllFeatures()).isTrue();
	}

	@Test
	void cancelingEnableAllFeaturesCancelsTheApprovalsAndLeavingCountsAsNotNeeded() {
		Account management = management("Billing only", FeatureSet.CONSOLIDATED_BILLING);
		Account member = invitedMember(management);
		Account leaver = invitedMember(management);

		HandshakeSummary request = this.featureSet.enableAllFeatures(admin(management));
		refused(() -> this.handshakes.cancelHandshake(admin(management),
				this.handshakes.openInvitations(admin(member)).get(0).id()), "AccessDeniedException");
		this.handshakes.cancelHandshake(admin(management), request.id());
		assertThat(this.handshakes.openInvitationCount(admin(member))).isZero();
		assertThat(this.featureSet.allFeaturesProgress(admin(management)).orElseThrow().approvals())
			.allMatch((approval) -> approval.state() == HandshakeState.CANCELED);

		this.featureSet.enableAllFeatures(admin(management));
		this.handshakes.acceptHandshake(admin(member), this.handshakes.openInvitations(admin(member)).get(0).id());
		this.accounts.leaveOrganization(admin(leaver));

		assertThat(this.organizations.describeOrganization(admin(management)).organization().hasAllFeatures()).isTrue();
	}

	@Test
	void trustedAccessNeedsAllFeaturesAndTheDisableWord() {
		Account management = management("Trusting", FeatureSet.ALL);
		Caller admin = admin(management);
		this.trustedAccess.enableTrustedAccess(admin, TrustedAccess.DIRECTORY_SERVICE);
		assertThat(this.trustedAccess.listServiceAccess(admin)).extracting(TrustedAccess.Enabled::servicePrincipal)
			.containsExactly(TrustedAccess.DIRECTORY_SERVICE);
		refused(() -> this.trustedAccess.disableTrustedAccess(admin, TrustedAccess.DIRECTORY_SERVICE, "yes"),
				"InvalidInputException");
		refused(() -> this.trustedAccess.enableTrustedAccess(admin, "s3.amazonaws.com"), "InvalidInputException");
		this.trustedAccess.disableTrustedAccess(admin, TrustedAccess.DIRECTORY_SERVICE, "disable");
		assertThat(this.trustedAccess.listServiceAccess(admin)).isEmpty();
		assertThat(eventNames(management)).contains("organizations:EnableAWSServiceAccess",
				"organizations:DisableAWSServiceAccess");
	}

}
