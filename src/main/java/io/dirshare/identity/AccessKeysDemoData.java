package io.dirshare.identity;

import io.dirshare.demo.DemoDataSet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo access keys for the AWS API (README: demo-only, never for a real deployment): each demo
 * {@code admin} has {@code AKIADEMO} + account ID with secret {@code dirshare-demo-secret-} + account
 * ID, and {@code 111111111111/auditor} has {@code AKIADEMOAUDITOR00001} / {@code dirshare-demo-secret-auditor}.
 */
@Component
@Order(40)
class AccessKeysDemoData implements DemoDataSet {

	static final String AUDITOR_KEY_ID = "AKIADEMOAUDITOR00001";

	private static final String[] ADMIN_ACCOUNTS = { "111111111111", "222222222222", "333333333333", "444444444444" };

	private final AccessKeyRepository keys;

	private final AccessKeyService service;

	AccessKeysDemoData(AccessKeyRepository keys, AccessKeyService service) {
		this.keys = keys;
		this.service = service;
	}

	@Override
	public boolean isLoaded() {
		return this.keys.existsById(AUDITOR_KEY_ID);
	}

	@Override
	public void load() {
		for (String accountId : ADMIN_ACCOUNTS) {
			String keyId = "AKIADEMO" + accountId;
			if (!this.keys.existsById(keyId)) {
				this.service.createDemoKey(accountId, "admin", keyId, "dirshare-demo-secret-" + accountId);
			}
		}
		this.service.createDemoKey("111111111111", "auditor", AUDITOR_KEY_ID, "dirshare-demo-secret-auditor");
	}

}
