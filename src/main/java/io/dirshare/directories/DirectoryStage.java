package io.dirshare.directories;

/** The stages dirshare's directories go through; the names are AWS's {@code DirectoryStage} values. */
public enum DirectoryStage {

	Creating, Active

}
