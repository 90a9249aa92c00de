package io.dirshare.web;

import java.time.Duration;
import java.util.List;

import io.dirshare.core.policy.PrincipalAuthorizations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's static files: {@code /css/**}, {@code /js/**} and the htmx webjar, each under a URL that
 * names a hash of its content ({@code @{/css/dirshare.css}} is written as {@code /css/dirshare-<md5>.css}),
 * so browsers may keep them for a year; gzip-compressed copies are served when the browser takes them.
 * Only these paths are resource paths ({@code spring.web.resources.add-mappings=false} drops Boot's
 * catch-all {@code /**}): the link of every page ({@code @{/directories}}, ...) then passes the
 * {@link ResourceUrlEncodingFilter} without a look into the classpath, and the resolved URLs are cached.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** After Spring Security's filters (at -100), so that its response wrapper is inside this one. */
	static final int REGION_URL_FILTER_ORDER = 0;

	@Bean
	FilterRegistrationBean<RegionUrlFilter> regionUrlFilter() {
		FilterRegistrationBean<RegionUrlFilter> registration = new FilterRegistrationBean<>(new RegionUrlFilter());
		registration.setOrder(REGION_URL_FILTER_ORDER);
		return registration;
	}

	private final CallerArgumentResolver callers;

	WebConfiguration(PrincipalAuthorizations authorizations) {
		this.callers = new CallerArgumentResolver(authorizations);
	}

	@Bean
	CallerArgumentResolver callerArgumentResolver() {
		return this.callers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.callers);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true));
		versioned(registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true));
		versioned(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)).addResolver(new LiteWebJarsResourceResolver());
	}

	private static ResourceChainRegistration versioned(ResourceChainRegistration chain) {
		return chain.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** Rewrites the links of static files in rendered pages to their content-hashed URLs. */
	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

}
