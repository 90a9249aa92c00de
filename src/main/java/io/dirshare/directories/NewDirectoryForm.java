package io.dirshare.directories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The Set up directory form. Only what a form can tell by itself is checked here (required fields,
 * lengths, the repeated password); AWS's rules for names and passwords are {@link DirectoryService}'s,
 * shared with the API. The password is never put back into the page.
 */
@PasswordsMatch
final class NewDirectoryForm {

	@NotBlank(message = "Enter the DNS name of the directory.")
	@Size(max = 255, message = "The DNS name can be at most {max} characters long.")
	private String name = "";

	@Size(max = 15, message = "The NetBIOS name can be at most {max} characters long.")
	private String shortName = "";

	private String edition = Edition.Standard.name();

	@NotBlank(message = "Enter the Admin password.")
	private String password = "";

	private String confirmPassword = "";

	@Size(max = 128, message = "The description can be at most {max} characters long.")
	private String description = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getEdition() {
		return this.edition;
	}

	public void setEdition(String edition) {
		this.edition = edition;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	NewDirectory toNewDirectory() {
		return new NewDirectory(this.name, this.shortName, this.password, this.description, this.edition);
	}

	/** Forgets both passwords before the form is shown again. */
	void clearPasswords() {
		this.password = "";
		this.confirmPassword = "";
	}

}
