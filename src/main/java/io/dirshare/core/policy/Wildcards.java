package io.dirshare.core.policy;

/**
 * IAM's two wildcards: {@code *} for any run of characters (also none), {@code ?} for exactly one.
 * Nothing else is special, so an action or ARN is never read as a regular expression.
 */
final class Wildcards {

	private Wildcards() {
	}

	static boolean matches(String pattern, String value, boolean ignoreCase) {
		int p = 0;
		int v = 0;
		int starAt = -1;
		int resumeAt = 0;
		while (v < value.length()) {
			if (p < pattern.length() && pattern.charAt(p) != '*'
					&& (pattern.charAt(p) == '?' || same(pattern.charAt(p), value.charAt(v), ignoreCase))) {
				p++;
				v++;
			}
			else if (p < pattern.length() && pattern.charAt(p) == '*') {
				starAt = p++;
				resumeAt = v;
			}
			else if (starAt >= 0) {
				p = starAt + 1;
				v = ++resumeAt;
			}
			else {
				return false;
			}
		}
		while (p < pattern.length() && pattern.charAt(p) == '*') {
			p++;
		}
		return p == pattern.length();
	}

	/**
	 * An ARN pattern against an ARN, as the Resource element and ArnLike compare them: each of the six
	 * colon-separated parts on its own, the last one taking the rest (resource IDs may hold colons).
	 * A pattern of only {@code *} matches anything, including the {@code *} of an unscoped action.
	 */
	static boolean arnMatches(String pattern, String arn) {
		if (pattern.equals("*")) {
			return true;
		}
		String[] patternParts = pattern.split(":", 6);
		String[] arnParts = arn.split(":", 6);
		if (patternParts.length != 6 || arnParts.length != 6) {
			return matches(pattern, arn, false);
		}
		for (int i = 0; i < 6; i++) {
			if (!matches(patternParts[i], arnParts[i], false)) {
				return false;
			}
		}
		return true;
	}

	private static boolean same(char a, char b, boolean ignoreCase) {
		return (a == b) || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
	}

}
