/**
 * Accounts, IAM users, permission sets, access keys and sign-in: where a {@code Caller}'s account
 * position and actions come from.
 */
package io.dirshare.identity;
