package io.dirshare.organizations;

/** An organization's feature set, as AWS Organizations names it. */
public enum FeatureSet {

	ALL("All features"), CONSOLIDATED_BILLING("Consolidated billing");

	private final String label;

	FeatureSet(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
