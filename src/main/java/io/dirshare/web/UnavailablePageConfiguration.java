package io.dirshare.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ViewResolver;

/** Registers {@link DatabaseUnavailableFilter} outside the session filter and the security filters. */
@Configuration(proxyBeanMethods = false)
class UnavailablePageConfiguration {

	/** Spring Session's filter is at {@code Integer.MIN_VALUE + 50}; the request log comes first. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			@Qualifier("thymeleafViewResolver") ViewResolver views) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(views));
		registration.setOrder(ORDER);
		return registration;
	}

}
