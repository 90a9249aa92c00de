/** The event history: every state change and sign-in, per account, like CloudTrail's. */
package io.dirshare.audit;
