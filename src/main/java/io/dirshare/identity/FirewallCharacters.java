package io.dirshare.identity;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} accepts in header names and values (and
 * parameter names): assigned code points that are not control characters, and a tab in header values.
 * The same rule as its default regular expressions, without running one per character: every API call
 * reads its headers through the firewall to check the signature, and the regular expressions were 13 %
 * of a write's CPU (bench/run's profile).
 */
final class FirewallCharacters {

	private FirewallCharacters() {
	}

	static boolean isAllowedName(String name) {
		return allowed(name, false);
	}

	static boolean isAllowedHeaderValue(String value) {
		return allowed(value, true);
	}

	private static boolean allowed(String text, boolean tabAllowed) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) {
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			boolean allowed = (codePoint == '\t') ? tabAllowed
					: type != Character.UNASSIGNED && type != Character.CONTROL;
			if (!allowed) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
