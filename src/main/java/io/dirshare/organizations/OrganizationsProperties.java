package io.dirshare.organizations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param createAccountDelay how long an API CreateAccount request stays {@code IN_PROGRESS}
 */
@ConfigurationProperties("dirshare.organizations")
public record OrganizationsProperties(@DefaultValue("2s") Duration createAccountDelay) {

}
