package io.dirshare.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data at start-up when {@code dirshare.demo-data=true} (the default on embedded H2):
 * once every bean exists and before the web server accepts its first request, so nobody signs in, or
 * signs an API call with a demo key, before the demo data is there. Several instances starting at once
 * on one database may race to load a part: the loser's transaction fails on a unique key and rolls
 * back, and it takes the winner's rows as its own.
 */
@Component
@ConditionalOnBooleanProperty("dirshare.demo-data")
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final List<DemoDataSet> sets;

	private final TransactionTemplate transaction;

	private volatile boolean loaded;

	DemoDataLoader(List<DemoDataSet> sets, TransactionTemplate transaction) {
		this.sets = sets;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		run(null);
	}

	void run(ApplicationArguments args) {
		for (DemoDataSet set : this.sets) {
			try {
				this.transaction.executeWithoutResult((status) -> {
					if (!set.isLoaded()) {
						set.load();
						log.info("Loaded demo data: {}", set.getClass().getSimpleName());
					}
				});
			}
			catch (DataIntegrityViolationException concurrent) {
				if (!this.transaction.execute((status) -> set.isLoaded())) {
					throw concurrent;
				}
				log.info("Demo data {} was loaded by another instance meanwhile", set.getClass().getSimpleName());
			}
		}
		this.loaded = true;
	}

	/** Whether every part of the demo data is in the database (readiness waits for it). */
	boolean isLoaded() {
		return this.loaded;
	}

}
