package io.dirshare.sharing.requests;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;
import io.dirshare.core.Reads;
import io.dirshare.directories.Directory;
import io.dirshare.directories.OwnedDirectories;
import io.dirshare.organizations.OrganizationQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's offer of a directory to the accounts of its organization, per Region ("requestable by
 * accounts of the organization"), and the list of offered directories a member account sees.
 */
@Service
@Transactional
public class RequestableDirectories {

	static final String EVENT_OFFER = "EnableDirectoryAccessRequests";

	static final String EVENT_WITHDRAW = "DisableDirectoryAccessRequests";

	private final AccessRequestRepository repository;

	private final OwnedDirectories directories;

	private final OrganizationQueries organizations;

	private final AuditTrail audit;

	private final Clock clock;

	RequestableDirectories(AccessRequestRepository repository, OwnedDirectories directories,
			OrganizationQueries organizations, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.directories = directories;
		this.organizations = organizations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The owner's description of the directory when it is requestable in the caller's Region. */
	@Reads
	public Optional<String> description(Caller caller, String directoryId) {
		caller.require(Action.DS_DESCRIBE_SHARED_DIRECTORIES);
		requireOwned(caller, directoryId);
		return this.repository.requestableDescription(directoryId, caller.region());
	}

	/** Makes the directory requestable in the caller's Region, or changes its description. */
	public void offer(Caller caller, String directoryId, String description) {
		this.audit.audited(caller, EVENT_OFFER, "directoryId=" + directoryId + ", region=" + caller.region().code(), () -> {
			caller.require(Action.DS_SHARE_DIRECTORY);
			Directory.requireId(directoryId);
			if (description == null || description.isBlank()) {
				throw DirectoryServiceError.INVALID_PARAMETER.exception("Describe what the directory is for, so that accounts know what they ask for.");
			}
			if (description.length() > AccessRequest.TEXT_MAX_LENGTH) {
				throw DirectoryServiceError.INVALID_PARAMETER.exception("A description can be at most " + AccessRequest.TEXT_MAX_LENGTH + " characters long.");
			}
			this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> notFound(directoryId));
			if (!this.directories.runsIn(directoryId, caller.region())) {
				throw DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + directoryId + " does not run in "
						+ caller.region().code() + ".");
			}
			if (this.organizations.membershipOf(caller.accountId()).isEmpty()) {
				throw DirectoryServiceError.ORGANIZATIONS.exception("Your account is not in an organization, so no account can request this directory.");
			}
			this.repository.saveRequestable(directoryId, caller.region(), caller.accountId(), description.strip(),
					this.clock.instant());
			return null;
		});
	}

	/** Stops offering the directory in the caller's Region; open requests stay open to be decided. */
	public void withdraw(Caller caller, String directoryId) {
		this.audit.audited(caller, EVENT_WITHDRAW, "directoryId=" + directoryId + ", region=" + caller.region().code(), () -> {
			caller.require(Action.DS_SHARE_DIRECTORY);
			Directory.requireId(directoryId);
			this.directories.lock(caller.accountId(), directoryId).orElseThrow(() -> notFound(directoryId));
			if (!this.repository.deleteRequestable(directoryId, caller.region())) {
				throw DirectoryServiceError.INVALID_PARAMETER.exception("Directory " + directoryId
						+ " is not requestable in " + caller.region().code() + ".");
			}
			return null;
		});
	}

	/**
	 * "Directories available in your organization": those the other accounts of the caller's organization
	 * offer in the caller's Region, with the caller's share and open request, if any.
	 */
	@Reads
	public List<RequestableDirectory> available(Caller caller) {
		caller.require(Action.DS_DESCRIBE_DIRECTORIES);
		return this.organizations.membershipOf(caller.accountId())
			.map((membership) -> this.organizations.members(membership.organization().id())
				.stream()
				.map((member) -> member.accountId())
				.filter((id) -> !id.equals(caller.accountId()))
				.toList())
			.map((owners) -> this.repository.requestableBy(owners, caller.region(), caller.accountId(),
					this.clock.instant()))
			.orElse(List.of());
	}

	private void requireOwned(Caller caller, String directoryId) {
		Directory.requireId(directoryId);
		this.directories.find(caller.accountId(), directoryId).orElseThrow(() -> notFound(directoryId));
	}

	static io.dirshare.core.AwsException notFound(String directoryId) {
		return DirectoryServiceError.ENTITY_DOES_NOT_EXIST.exception("Directory " + Echo.of(directoryId) + " does not exist.");
	}

}
