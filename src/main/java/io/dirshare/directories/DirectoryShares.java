package io.dirshare.directories;

import java.util.List;

import io.dirshare.core.Caller;

/**
 * What the directory rules must know about shares, which live in a module above this one (sharing
 * implements it): a directory with live shares is not deleted, a Region with live shares is not
 * removed, and a consumer's DeleteDirectory of a shared directory drops the share.
 */
public interface DirectoryShares {

	/** The live shares of one of the caller's directories, in all its Regions (shares on their way out too). */
	List<DirectoryShare> liveShares(Caller caller, String directoryId);

	/** Unshares every live share of the directory in all its Regions. */
	void unshareAll(Caller caller, String directoryId);

	/** Whether the ID names a shared directory of the caller's account (ended ones included). */
	boolean isSharedDirectoryOf(Caller caller, String directoryId);

	/** The consumer's DeleteDirectory of its shared directory: the owner then sees the share Deleted. */
	void deleteSharedDirectory(Caller caller, String sharedDirectoryId);

}
