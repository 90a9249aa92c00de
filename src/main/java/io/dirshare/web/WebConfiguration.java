package io.dirshare.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** After Spring Security's filters (at -100), so that its response wrapper is inside this one. */
	static final int REGION_URL_FILTER_ORDER = 0;

	@Bean
	FilterRegistrationBean<RegionUrlFilter> regionUrlFilter() {
		FilterRegistrationBean<RegionUrlFilter> registration = new FilterRegistrationBean<>(new RegionUrlFilter());
		registration.setOrder(REGION_URL_FILTER_ORDER);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver());
	}

}
