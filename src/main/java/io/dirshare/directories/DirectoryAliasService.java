package io.dirshare.directories;

import java.util.Locale;

import io.dirshare.audit.AuditTrail;
import io.dirshare.core.Action;
import io.dirshare.core.Caller;
import io.dirshare.core.DirectoryServiceError;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A directory's alias, which names its access URL ({@code <alias>.awsapps.com}) and so is unique and
 * cannot be changed once set, and single sign-on, which needs the alias first.
 */
@Service
@Transactional
public class DirectoryAliasService {

	private final DirectoryRepository directories;

	private final AuditTrail audit;

	private final DirectoryResources resources;

	DirectoryAliasService(DirectoryRepository directories, AuditTrail audit, DirectoryResources resources) {
		this.resources = resources;
		this.directories = directories;
		this.audit = audit;
	}

	/** CreateAlias: once per directory; an alias another directory has is refused. */
	public String createAlias(Caller caller, String directoryId, String alias) {
		return this.audit.authorizedChange(caller, Action.DS_CREATE_ALIAS, "directoryId=" + directoryId + ", alias=" + alias,
				(authorization) -> {
					Directory.requireId(directoryId);
					if (alias == null || alias.isBlank() || alias.toLowerCase(Locale.ROOT).startsWith("d-")) {
						throw DirectoryService.invalid("An alias is 1 to 62 letters, digits and hyphens, and does not start with d-.");
					}
					locked(caller, directoryId);
					authorization.require(this.resources.of(caller, directoryId));
					if (this.directories.alias(directoryId).isPresent()) {
						throw DirectoryServiceError.ENTITY_ALREADY_EXISTS
							.exception("The directory " + directoryId + " already has an alias, which cannot be changed.");
					}
					if (!this.directories.setAlias(directoryId, alias)) {
						throw DirectoryServiceError.ENTITY_ALREADY_EXISTS.exception("The alias " + alias + " is already in use.");
					}
					return alias;
				});
	}

	/** EnableSso: needs the directory's alias, as the access URL is where users sign in. */
	public void enableSso(Caller caller, String directoryId) {
		this.audit.authorizedChange(caller, Action.DS_ENABLE_SSO, "directoryId=" + directoryId, (authorization) -> {
			Directory.requireId(directoryId);
			locked(caller, directoryId);
			authorization.require(this.resources.of(caller, directoryId));
			if (this.directories.alias(directoryId).isEmpty()) {
				throw DirectoryServiceError.CLIENT.exception("Single sign-on needs an access URL: create an alias for "
						+ directoryId + " with CreateAlias first.");
			}
			this.directories.setSsoEnabled(directoryId, true);
			return null;
		});
	}

	/** DisableSso. */
	public void disableSso(Caller caller, String directoryId) {
		this.audit.authorizedChange(caller, Action.DS_DISABLE_SSO, "directoryId=" + directoryId, (authorization) -> {
			Directory.requireId(directoryId);
			locked(caller, directoryId);
			authorization.require(this.resources.of(caller, directoryId));
			this.directories.setSsoEnabled(directoryId, false);
			return null;
		});
	}

	private Directory locked(Caller caller, String directoryId) {
		return this.directories.lock(caller.accountId(), directoryId)
			.orElseThrow(() -> DirectoryService.notFound(directoryId));
	}

}
