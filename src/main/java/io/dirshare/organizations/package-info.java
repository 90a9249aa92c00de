/** AWS Organizations: organizations, member accounts, handshakes and trusted access for services. */
package io.dirshare.organizations;
