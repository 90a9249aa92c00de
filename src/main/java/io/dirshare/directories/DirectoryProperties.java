package io.dirshare.directories;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param creationDelay how long a new directory stays {@code Creating} before it is {@code Active}
 * @param maxPerRegion directories an account may have in one Region (AWS's soft quota)
 */
@ConfigurationProperties("dirshare.directories")
public record DirectoryProperties(@DefaultValue("3s") Duration creationDelay, @DefaultValue("20") int maxPerRegion) {

}
