package io.dirshare.directories;

/**
 * What CreateMicrosoftAD and the "Set up directory" form ask for. The admin password is only checked,
 * never stored.
 */
public record NewDirectory(String name, String shortName, String password, String description, String edition) {

	@Override
	public String toString() {
		return "NewDirectory[name=" + this.name + ", shortName=" + this.shortName + ", edition=" + this.edition + "]";
	}

}
