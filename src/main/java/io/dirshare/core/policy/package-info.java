/**
 * The IAM policy language and its evaluation, one place for both doors: {@link PolicyDocument} parses
 * a document as IAM does (refusing a malformed one with AWS's MalformedPolicyDocument wording and the
 * line), {@link PolicyEvaluator} decides a request as AWS documents it (explicit deny wins, service
 * control policies cap member accounts, then an identity-based allow, else implicit deny), and
 * {@link PrincipalAuthorizations} gives each principal its {@link Permissions}. The identity and
 * organizations modules feed it through the SPIs {@link PrincipalPolicies} and
 * {@link ServiceControlPolicies}.
 */
@org.springframework.modulith.NamedInterface("policy")
package io.dirshare.core.policy;
