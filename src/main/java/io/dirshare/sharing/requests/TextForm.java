package io.dirshare.sharing.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The one text field of the access-request forms: the owner's description, the requester's
 * justification, the reason of a denial. Required, and counted as the share note is.
 */
final class TextForm {

	@NotBlank(message = "This field is required.")
	@Size(max = AccessRequest.TEXT_MAX_LENGTH, message = "It can be at most {max} characters long.")
	private String text = "";

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
