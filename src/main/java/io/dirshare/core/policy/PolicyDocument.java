package io.dirshare.core.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.dirshare.core.policy.PolicyJson.ArrayNode;
import io.dirshare.core.policy.PolicyJson.Node;
import io.dirshare.core.policy.PolicyJson.ObjectNode;
import io.dirshare.core.policy.PolicyJson.ValueNode;

/**
 * An identity-based policy or service control policy, parsed with the grammar IAM documents. A
 * document is immutable: cache it per policy version.
 */
public final class PolicyDocument {

	/** The most characters, whitespace aside, of a customer-managed IAM policy. */
	public static final int IDENTITY_POLICY_MAX_CHARACTERS = 6144;

	/** The most characters, whitespace aside, of a service control policy. */
	public static final int SERVICE_CONTROL_POLICY_MAX_CHARACTERS = 5120;

	static final String MUST_CONTAIN_ACTIONS = "Policy statement must contain actions.";

	static final String MUST_CONTAIN_RESOURCES = "Policy statement must contain resources.";

	static final String NO_PRINCIPAL = "Policy document should not specify a principal.";

	static final String VENDOR_PREFIX = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

	static final String ONE_COLON = "Actions/Condition can contain only one colon.";

	static final String RESOURCE_VENDOR = "Resource vendor must be fully qualified and cannot contain regexes.";

	static final String LEGACY_PARSING = "The policy failed legacy parsing";

	static final String SID_UNIQUE = "Statement IDs (SID) in a single policy must be unique.";

	static final String SID_ALPHANUMERIC = "Statement IDs (SID) must be alpha-numeric. "
			+ "Check that your input satisfies the regular expression [0-9A-Za-z]*";

	private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

	private static final Set<String> STATEMENT_FIELDS = Set.of("Sid", "Effect", "Action", "NotAction", "Resource",
			"NotResource", "Condition");

	private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");

	private static final Pattern VENDOR = Pattern.compile("[A-Za-z0-9-]+");

	private final String json;

	private final String version;

	private final List<Statement> statements;

	private PolicyDocument(String json, String version, List<Statement> statements) {
		this.json = json;
		this.version = version;
		this.statements = List.copyOf(statements);
	}

	/** Parses a document, or refuses it with AWS's MalformedPolicyDocument wording and the line. */
	public static PolicyDocument parse(String json) {
		if (json == null || json.isBlank()) {
			throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, 0);
		}
		Node root = PolicyJson.read(json);
		if (!(root instanceof ObjectNode document)) {
			throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, root.line());
		}
		String version = "2008-10-17";
		for (Map.Entry<String, Node> field : document.fields().entrySet()) {
			int line = document.keyLines().get(field.getKey());
			switch (field.getKey()) {
				case "Version" -> {
					version = text(field.getValue());
					if (version == null || !VERSIONS.contains(version)) {
						throw new MalformedPolicyException(LEGACY_PARSING, line);
					}
				}
				case "Id" -> text(field.getValue());
				case "Statement" -> {
				}
				default -> throw new MalformedPolicyException("Unknown field " + field.getKey(), line);
			}
		}
		Node statementNode = document.fields().get("Statement");
		if (statementNode == null) {
			throw new MalformedPolicyException("Missing required field Statement", document.line());
		}
		List<Node> statementNodes = (statementNode instanceof ArrayNode array) ? array.items()
				: List.of(statementNode);
		List<Statement> statements = new ArrayList<>();
		Set<String> sids = new HashSet<>();
		for (Node node : statementNodes) {
			Statement statement = statement(node, statements.size());
			if (statement.sid() != null && !statement.sid().isEmpty() && !sids.add(statement.sid())) {
				throw new MalformedPolicyException(SID_UNIQUE, statement.line());
			}
			statements.add(statement);
		}
		return new PolicyDocument(json, version, statements);
	}

	/**
	 * Parses a document that must also stay within a size quota (characters other than whitespace),
	 * e.g. {@link #IDENTITY_POLICY_MAX_CHARACTERS}.
	 */
	public static PolicyDocument parse(String json, int maxCharacters) {
		if (json != null && json.codePoints().filter((c) -> !Character.isWhitespace(c)).count() > maxCharacters) {
			throw MalformedPolicyException.tooLarge(maxCharacters);
		}
		return parse(json);
	}

	/** The document as written. */
	public String json() {
		return this.json;
	}

	public String version() {
		return this.version;
	}

	public List<Statement> statements() {
		return this.statements;
	}

	private static Statement statement(Node node, int index) {
		if (!(node instanceof ObjectNode statement)) {
			throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, node.line());
		}
		Map<String, Node> fields = statement.fields();
		for (String key : fields.keySet()) {
			int line = statement.keyLines().get(key);
			if (key.equals("Principal") || key.equals("NotPrincipal")) {
				throw new MalformedPolicyException(NO_PRINCIPAL, line);
			}
			if (!STATEMENT_FIELDS.contains(key)) {
				throw new MalformedPolicyException("Unknown field " + key, line);
			}
		}
		String sid = fields.containsKey("Sid") ? text(fields.get("Sid")) : null;
		if (sid != null && !SID.matcher(sid).matches()) {
			throw new MalformedPolicyException(SID_ALPHANUMERIC, fields.get("Sid").line());
		}
		Effect effect = effect(statement);
		boolean notAction = fields.containsKey("NotAction");
		List<String> actions = actions(statement, notAction);
		boolean notResource = fields.containsKey("NotResource");
		List<String> resources = resources(statement, notResource);
		List<Condition> conditions = fields.containsKey("Condition")
				? PolicyConditions.parse(fields.get("Condition")) : List.of();
		return new Statement(index, sid, effect, actions, notAction, resources, notResource, conditions,
				statement.line());
	}

	private static Effect effect(ObjectNode statement) {
		Node node = statement.fields().get("Effect");
		if (node == null) {
			throw new MalformedPolicyException("Missing required field Effect", statement.line());
		}
		String effect = text(node);
		for (Effect candidate : Effect.values()) {
			if (candidate.awsName().equals(effect)) {
				return candidate;
			}
		}
		throw new MalformedPolicyException("Invalid Effect: " + effect, node.line());
	}

	private static List<String> actions(ObjectNode statement, boolean notAction) {
		Node node = elementOf(statement, "Action", "NotAction", MUST_CONTAIN_ACTIONS);
		List<String> actions = strings(node);
		if (actions.isEmpty()) {
			throw new MalformedPolicyException(MUST_CONTAIN_ACTIONS, node.line());
		}
		for (String action : actions) {
			if (action.equals("*")) {
				continue;
			}
			int colon = action.indexOf(':');
			if (colon < 0) {
				throw new MalformedPolicyException(VENDOR_PREFIX, node.line());
			}
			if (action.indexOf(':', colon + 1) >= 0) {
				throw new MalformedPolicyException(ONE_COLON, node.line());
			}
			if (!VENDOR.matcher(action.substring(0, colon)).matches()) {
				throw new MalformedPolicyException(VENDOR_PREFIX, node.line());
			}
		}
		return actions;
	}

	private static List<String> resources(ObjectNode statement, boolean notResource) {
		Node node = elementOf(statement, "Resource", "NotResource", MUST_CONTAIN_RESOURCES);
		List<String> resources = strings(node);
		if (resources.isEmpty()) {
			throw new MalformedPolicyException(MUST_CONTAIN_RESOURCES, node.line());
		}
		for (String resource : resources) {
			if (resource.equals("*")) {
				continue;
			}
			String[] parts = resource.split(":", 6);
			if (!parts[0].equals("arn") || parts.length < 6) {
				throw new MalformedPolicyException("Resource " + resource + " must be in ARN format or \"*\".",
						node.line());
			}
			if (!VENDOR.matcher(parts[2]).matches()) {
				throw new MalformedPolicyException(RESOURCE_VENDOR, node.line());
			}
		}
		return resources;
	}

	/** The element or its Not twin, never both, refusing its absence with {@code missing}. */
	private static Node elementOf(ObjectNode statement, String name, String notName, String missing) {
		Node element = statement.fields().get(name);
		Node notElement = statement.fields().get(notName);
		if (element != null && notElement != null) {
			throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, statement.keyLines().get(notName));
		}
		if (element == null && notElement == null) {
			throw new MalformedPolicyException(missing, statement.line());
		}
		return (element != null) ? element : notElement;
	}

	/** A string or an array of strings. */
	static List<String> strings(Node node) {
		if (node instanceof ArrayNode array) {
			List<String> values = new ArrayList<>();
			for (Node item : array.items()) {
				values.add(text(item));
			}
			return values;
		}
		return List.of(text(node));
	}

	private static String text(Node node) {
		if (node instanceof ValueNode value && value.string()) {
			return value.text();
		}
		throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, node.line());
	}

	@Override
	public String toString() {
		return this.json;
	}

}
