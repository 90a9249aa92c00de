package io.dirshare.directories;

import java.util.List;

/** One API page of directories; {@code nextToken} is null on the last page. */
public record DirectoryListing(List<DirectoryDescription> directories, String nextToken) {

}
