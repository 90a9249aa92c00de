/**
 * Directory sharing: shares of an owner's directory with other accounts (ORGANIZATIONS or HANDSHAKE),
 * their one state machine, the job that settles transient states, and the consumer's side.
 */
package io.dirshare.sharing;
