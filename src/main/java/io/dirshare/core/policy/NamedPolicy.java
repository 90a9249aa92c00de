package io.dirshare.core.policy;

/**
 * A policy as it is in effect: its name, ARN, the version in effect and that version's document. An
 * AWS managed policy is {@code arn:aws:iam::aws:policy/NAME}, a customer-managed one
 * {@code arn:aws:iam::ACCOUNT:policy/NAME}, an SCP {@code arn:aws:organizations::MGMT:policy/o-…/
 * service_control_policy/p-…}.
 */
public record NamedPolicy(String name, String arn, String versionId, PolicyDocument document) {

}
