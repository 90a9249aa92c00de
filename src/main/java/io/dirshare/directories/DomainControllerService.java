package io.dirshare.directories;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Slice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain controllers of the caller's directories in the caller's Region: listed, and added or
 * removed to reach the desired number (at least {@value #MIN_DOMAIN_CONTROLLERS}, at most
 * {@value #MAX_DOMAIN_CONTROLLERS}). New ones are {@code Creating} and removed ones {@code Deleting}
 * for as long as a new directory's creation lasts, as AWS takes its time too.
 */
@Service
@Transactional
public class DomainControllerService {

	public static final int MIN_DOMAIN_CONTROLLERS = 2;

	public static final int MAX_DOMAIN_CONTROLLERS = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DirectoryRepository directories;

	private final DomainControllerRepository controllers;

	private final DirectoryDelays delays;

	private final AuditTrail audit;

	private final Clock clock;

	private final DirectoryResources resources;

	DomainControllerService(DirectoryRepository directories, DomainControllerRepository controllers,
			DirectoryDelays delays, AuditTrail audit, Clock clock, DirectoryResources resources) {
		this.resources = resources;
		this.directories = directories;
		this.controllers = controllers;
		this.delays = delays;
		this.audit = audit;
		this.clock = clock;
	}

	/** DescribeDomainControllers: oldest first, optionally only the IDs given. */
	@Transactional(readOnly = true)
	public Slice<DomainController> describeDomainControllers(Caller caller, String directoryId, List<String> ids,
			int offset, int limit) {
		Directory.requireId(directoryId);
		caller.require(Action.DS_DESCRIBE_DOMAIN_CONTROLLERS, this.resources.of(caller, directoryId));
		this.directories.findInRegion(caller.accountId(), directoryId, caller.region(), false)
			.orElseThrow(() -> DirectoryService.notFound(directoryId));
		return Slice.of(this.controllers.find(directoryId, caller.region(), ids, limit + 1, offset), offset, limit);
	}

	/**
	 * UpdateNumberOfDomainControllers: adds domain controllers (alternating between the Region's
	 * subnets) or removes the newest ones. The directory must be Active.
	 */
	public void updateNumberOfDomainControllers(Caller caller, String directoryId, int desired) {
		this.audit.authorizedChange(caller, Action.DS_UPDATE_NUMBER_OF_DOMAIN_CONTROLLERS,
				"directoryId=" + directoryId + ", desiredNumber=" + desired, (authorization) -> {
					Directory.requireId(directoryId);
					Directory directory = this.directories
						.findInRegion(caller.accountId(), directoryId, caller.region(), true)
						.orElseThrow(() -> DirectoryService.notFound(directoryId));
					authorization.require(this.resources.of(caller, directoryId));
					if (!directory.isActive()) {
						throw DirectoryServiceError.DIRECTORY_UNAVAILABLE
							.exception("The directory is " + directory.stage() + ". Try again when it is Active.");
					}
					if (desired < MIN_DOMAIN_CONTROLLERS) {
						throw DirectoryService.invalid("A directory has at least " + MIN_DOMAIN_CONTROLLERS + " domain controllers.");
					}
					if (desired > MAX_DOMAIN_CONTROLLERS) {
						throw DirectoryServiceError.DOMAIN_CONTROLLER_LIMIT_EXCEEDED
							.exception("A directory can have at most " + MAX_DOMAIN_CONTROLLERS + " domain controllers in a Region.");
					}
					DirectoryRegion region = this.directories.regions(directoryId)
						.stream()
						.filter((candidate) -> candidate.region() == caller.region())
						.findFirst()
						.orElseThrow();
					Instant now = this.clock.instant();
					Instant due = now.plus(this.delays.creation());
					List<DomainController> live = this.controllers.live(directoryId, caller.region());
					for (int i = live.size(); i < desired; i++) {
						int subnet = i % region.vpc().subnetIds().size();
						this.controllers.insert(directoryId, caller.region(), region.vpc().subnetIds().get(subnet),
								VpcSettings.availabilityZone(caller.region(), subnet), newAddress(),
								DomainController.Status.Creating, due, now);
					}
					for (int i = live.size() - 1; i >= desired; i--) {
						this.controllers.markDeleting(live.get(i).id(), due, now);
					}
					this.directories.updateDesiredDomainControllers(directoryId, caller.region(), desired);
					return null;
				});
	}

	private static String newAddress() {
		return "10.0." + (RANDOM.nextInt(250) + 1) + "." + (RANDOM.nextInt(240) + 11);
	}

}
