package io.dirshare.directories;

import io.dirshare.core.AwsRegion;

/**
 * One live share of a directory as the directory pages list it (what blocks a deletion).
 *
 * @param leaving whether the share is already on its way out ({@code Deleting}); such shares go with
 * the directory
 * @param statusStyle the page's style for the status
 */
public record DirectoryShare(AwsRegion region, String sharedAccountId, String sharedDirectoryId, String shareMethod,
		String shareStatus, String statusStyle, boolean leaving) {

}
