package io.dirshare.sharing;

import java.util.List;

/** One API page of DescribeSharedDirectories; {@code nextToken} is null on the last page. */
public record SharedDirectoriesPage(List<Share> sharedDirectories, String nextToken) {

}
