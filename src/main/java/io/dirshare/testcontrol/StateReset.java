package io.dirshare.testcontrol;

import java.util.List;

import io.dirshare.core.ReferenceData;
import io.dirshare.demo.DemoDataSet;
import io.dirshare.identity.AccessKeyService;

import org.springframework.stereotype.Component;

/**
 * Back to a known state: empty (the schema stays, every row goes but the migrations' reference rows, so the
 * app works and the demo data can be loaded again) or the demo data, loaded by the same parts as at start-up. Either way every session
 * ends (its user may be gone), and this instance's clock, delays and failures go back to how it started.
 */
@Component
class StateReset {

	private final DatabaseState state;

	private final List<DemoDataSet> demo;

	private final InstanceControls controls;

	private final AccessKeyService accessKeys;

	private final List<ReferenceData> referenceData;

	StateReset(DatabaseState state, List<DemoDataSet> demo, InstanceControls controls, AccessKeyService accessKeys,
			List<ReferenceData> referenceData) {
		this.state = state;
		this.referenceData = referenceData;
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
			this.referenceData.forEach(ReferenceData::restore);
			if (demoData) {
				this.demo.forEach(DemoDataSet::load);
			}
		});
		this.accessKeys.forgetPendingLastUses();
	}

}
