package io.dirshare.core;

/**
 * How a message repeats a value that someone sent: whole when it is short, otherwise only its first
 * characters, so that a refusal never carries a long input (or a secret pasted into the wrong field)
 * back in full, on a page, in the API's error or in a log.
 */
public final class Echo {

	public static final int MAX_LENGTH = 64;

	private Echo() {
	}

	/** The value as text, cut to its first {@value #MAX_LENGTH} characters followed by {@code ...}. */
	public static String of(Object value) {
		String text = String.valueOf(value);
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		int end = MAX_LENGTH;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "...";
	}

}
