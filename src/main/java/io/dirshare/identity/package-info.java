/**
 * Accounts, IAM users, permission sets and their actions, sign-in, and the {@code Caller} every
 * service authorizes.
 */
package io.dirshare.identity;
