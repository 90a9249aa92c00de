package io.dirshare.identity;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Adds the user's access keys to the IAM user page, so the page's "Access keys" panel needs no change
 * to {@link UsersController}. Callers who may not list keys get none (the panel is hidden for them).
 */
@ControllerAdvice(assignableTypes = UsersController.class)
class AccessKeysOnUserPage {

	private final AccessKeyService accessKeys;

	AccessKeysOnUserPage(AccessKeyService accessKeys) {
		this.accessKeys = accessKeys;
	}

	@ModelAttribute("accessKeys")
	List<AccessKey> accessKeys(Caller caller, @PathVariable(name = "userName", required = false) String userName) {
		if (userName == null || !caller.can(Action.IAM_LIST_ACCESS_KEYS)) {
			return List.of();
		}
		return this.accessKeys.list(caller, userName);
	}

	@ModelAttribute("maxAccessKeys")
	int maxAccessKeys() {
		return AccessKey.MAX_PER_USER;
	}

}
