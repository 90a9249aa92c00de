package io.dirshare.core;

import java.security.SecureRandom;

/** Random identifiers in the shapes AWS uses. Callers check uniqueness against their own table. */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String HEX = "0123456789abcdef";

	private static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private Ids() {
	}

	/** {@code d-} and 10 lowercase hex digits, as {@code ^d-[0-9a-f]{10}$}. */
	public static String directoryId() {
		return "d-" + random(HEX, 10);
	}

	/** {@code o-} and 10 lowercase alphanumerics. */
	public static String organizationId() {
		return "o-" + random(LOWER_ALPHANUMERIC, 10);
	}

	/** {@code h-} and 10 lowercase alphanumerics, as Organizations handshake IDs. */
	public static String handshakeId() {
		return "h-" + random(LOWER_ALPHANUMERIC, 10);
	}

	/** A 12-digit AWS account ID that does not start with 0. */
	public static String accountId() {
		return (1 + RANDOM.nextInt(9)) + random("0123456789", 11);
	}

	/** {@code AKIA} and 16 upper-case alphanumerics. */
	public static String accessKeyId() {
		return "AKIA" + random(UPPER_ALPHANUMERIC, 16);
	}

	public static String random(String alphabet, int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
