package io.dirshare.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dirshare.core.policy.PolicyJson.ArrayNode;
import io.dirshare.core.policy.PolicyJson.Node;
import io.dirshare.core.policy.PolicyJson.ObjectNode;
import io.dirshare.core.policy.PolicyJson.ValueNode;

/** Reads a statement's Condition block: operators, each holding condition keys and their values. */
final class PolicyConditions {

	private static final String FOR_ANY_VALUE = "ForAnyValue:";

	private static final String FOR_ALL_VALUES = "ForAllValues:";

	private static final String IF_EXISTS = "IfExists";

	private PolicyConditions() {
	}

	static List<Condition> parse(Node node) {
		if (!(node instanceof ObjectNode block)) {
			throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, node.line());
		}
		List<Condition> conditions = new ArrayList<>();
		for (Map.Entry<String, Node> entry : block.fields().entrySet()) {
			String operator = entry.getKey();
			int line = block.keyLines().get(operator);
			Condition.SetQualifier qualifier = Condition.SetQualifier.NONE;
			String rest = operator;
			if (rest.startsWith(FOR_ANY_VALUE)) {
				qualifier = Condition.SetQualifier.FOR_ANY_VALUE;
				rest = rest.substring(FOR_ANY_VALUE.length());
			}
			else if (rest.startsWith(FOR_ALL_VALUES)) {
				qualifier = Condition.SetQualifier.FOR_ALL_VALUES;
				rest = rest.substring(FOR_ALL_VALUES.length());
			}
			boolean ifExists = rest.endsWith(IF_EXISTS);
			if (ifExists) {
				rest = rest.substring(0, rest.length() - IF_EXISTS.length());
			}
			ConditionOperator base = ConditionOperator.named(rest)
				.filter((found) -> !(ifExists && found == ConditionOperator.NULL))
				.orElseThrow(() -> new MalformedPolicyException("Invalid Condition type : " + operator, line));
			if (!(entry.getValue() instanceof ObjectNode keys)) {
				throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, entry.getValue().line());
			}
			for (Map.Entry<String, Node> key : keys.fields().entrySet()) {
				int keyLine = keys.keyLines().get(key.getKey());
				if (key.getKey().indexOf(':') <= 0) {
					throw new MalformedPolicyException(PolicyDocument.VENDOR_PREFIX, keyLine);
				}
				conditions.add(new Condition(operator, base, qualifier, ifExists, key.getKey(), values(key.getValue()),
						keyLine));
			}
		}
		return conditions;
	}

	/** A scalar (string, boolean or number) or an array of them, as text. */
	private static List<String> values(Node node) {
		List<Node> items = (node instanceof ArrayNode array) ? array.items() : List.of(node);
		List<String> values = new ArrayList<>();
		for (Node item : items) {
			if (!(item instanceof ValueNode value) || value.text() == null) {
				throw new MalformedPolicyException(PolicyJson.SYNTAX_ERRORS, item.line());
			}
			values.add(value.text());
		}
		return values;
	}

}
