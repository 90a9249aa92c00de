package io.dirshare.testcontrol;

import java.util.List;

import io.dirshare.demo.DemoDataSet;
import io.dirshare.identity.AccessKeyService;

import org.springframework.stereotype.Component;

/**
 * Back to a known state: empty (the schema stays, every row goes, so the app works and the demo data can
 * be loaded again) or the demo data, loaded by the same parts as at start-up. Either way every session
 * ends (its user may be gone), and this instance's clock, delays and failures go back to how it started.
 */
@Component
class StateReset {

	private final DatabaseState state;

	private final List<DemoDataSet> demo;

	private final InstanceControls controls;

	private final AccessKeyService accessKeys;

	StateReset(DatabaseState state, List<DemoDataSet> demo, InstanceControls controls, AccessKeyService accessKeys) {
		this.state = state;
		this.demo = demo;
		this.controls = controls;
		this.accessKeys = accessKeys;
	}

	void toEmpty() {
		reset(false);
	}

	void toDemoData() {
		reset(true);
	}

	private void reset(boolean demoData) {
		this.controls.reset();
		DatabaseSchema schema = this.state.schema();
		this.state.replace(schema, () -> {
			if (demoData) {
				this.demo.forEach(DemoDataSet::load);
			}
		});
		this.accessKeys.forgetPendingLastUses();
	}

}
