package io.dirshare.core;

/**
 * Rows a migration puts into every database, which an emptied database must hold again (AWS's own
 * FullAWSAccess policy, for one). The test controls' reset to empty calls every implementation after
 * deleting the rows, so "empty" means "as just after the migrations", not "broken".
 */
public interface ReferenceData {

	/** Puts the rows back; must do nothing when they are already there. */
	void restore();

}
