package io.dirshare.directories;

import java.util.Locale;
import java.util.regex.Pattern;

import io.dirshare.core.DirectoryServiceError;
import io.dirshare.core.Echo;

import static io.dirshare.directories.DirectoryService.invalid;

/**
 * What a new directory must be, as AWS Managed Microsoft AD requires it: a DNS name, a NetBIOS name
 * (derived from the DNS name when none is given), an Admin password of three character classes (checked,
 * never kept), a short description, an edition and IPv4. One place for both doors.
 */
final class NewDirectoryRules {

	/** AWS's pattern for a directory's fully qualified name. */
	static final Pattern DNS_NAME = Pattern.compile("^([a-zA-Z0-9]+[\\.-])+([a-zA-Z0-9])+$");

	static final Pattern SHORT_NAME = Pattern.compile("^[^\\\\/:*?\"<>|.]+[^\\\\/:*?\"<>|]*$");

	/** AWS's rule for the Admin password: 8 to 64 characters, three of four character classes. */
	static final Pattern PASSWORD = Pattern.compile("(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])"
			+ "|(?=.*\\d)(?=.*[^A-Za-z0-9\\s])(?=.*[a-z])|(?=.*[^A-Za-z0-9\\s])(?=.*[A-Z])(?=.*[a-z])"
			+ "|(?=.*\\d)(?=.*[A-Z])(?=.*[^A-Za-z0-9\\s]))^.*");

	/** A new directory's names, edition and description, trimmed and checked. */
	record Checked(String name, String shortName, Edition edition, String description) {
	}

	private NewDirectoryRules() {
	}

	static Checked check(NewDirectory request) {
		String name = trim(request.name());
		if (name.isEmpty() || name.length() > 255 || !DNS_NAME.matcher(name).matches()) {
			throw invalid("'" + Echo.of(name) + "' is not a directory DNS name: use a fully qualified name such as corp.example.com.");
		}
		String shortName = trim(request.shortName());
		if (shortName.isEmpty()) {
			shortName = name.substring(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length())
				.toUpperCase(Locale.ROOT);
			shortName = shortName.substring(0, Math.min(15, shortName.length()));
		}
		if (shortName.length() > 15 || !SHORT_NAME.matcher(shortName).matches()) {
			throw invalid("'" + Echo.of(shortName) + "' is not a NetBIOS name: at most 15 characters, none of \\ / : * ? \" < > |, "
					+ "and no dot first.");
		}
		if (request.password() == null || !PASSWORD.matcher(request.password()).matches()) {
			throw DirectoryServiceError.INVALID_PARAMETER.exception("Invalid directory password: the Admin password must be 8 to 64 characters long and contain "
							+ "characters from three of these four categories: lowercase letters, uppercase letters, "
							+ "numbers, and nonalphanumeric characters.");
		}
		String description = trim(request.description());
		if (description.length() > 128) {
			throw invalid("The description can be at most 128 characters long.");
		}
		Edition edition = parseEdition(request.edition());
		if (request.networkType() != null && !NewDirectory.IPV4.equals(request.networkType())) {
			throw DirectoryServiceError.UNSUPPORTED_OPERATION
				.exception("dirshare's directories are " + NewDirectory.IPV4 + " only, not " + Echo.of(request.networkType()) + ".");
		}
		return new Checked(name, shortName, edition, description.isEmpty() ? null : description);
	}

	private static Edition parseEdition(String edition) {
		if (edition == null || edition.isBlank()) {
			return Edition.Enterprise;
		}
		for (Edition candidate : Edition.values()) {
			if (candidate.name().equals(edition)) {
				return candidate;
			}
		}
		throw invalid("The edition is Enterprise or Standard, not '" + Echo.of(edition) + "'.");
	}

	private static String trim(String value) {
		return (value == null) ? "" : value.trim();
	}

}
