package io.dirshare.sharing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sharing's settings, and the scheduler that runs the database-driven jobs (settling shares, activating directories). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SharingProperties.class)
class SharingConfiguration {

}
