package io.dirshare.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.dirshare.core.policy.PrincipalAuthorizations;
import io.dirshare.identity.AccountPositions;
import io.dirshare.identity.AccountRepository;
import io.dirshare.identity.IamUserRepository;
import io.dirshare.identity.UserPermissions;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} of portal controllers behind the portal's real security configuration (sign-in
 * redirect, CSRF, the principal read again on every request), with the repositories that configuration
 * reads mocked. Requests sign in with {@link PortalUsers#signedIn}; the controllers' services are the
 * test's own {@code @MockitoBean}s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ PortalWebMvcTest.PortalSecurity.class, PortalUsers.class })
@MockitoBean(types = { IamUserRepository.class, AccountRepository.class, AccountPositions.class,
		UserPermissions.class, PrincipalAuthorizations.class })
public @interface PortalWebMvcTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/**
	 * Imports identity's security configuration by name: it is internal to its module, and slices of
	 * other modules must run behind exactly it, not a copy.
	 */
	class PortalSecurity implements ImportSelector {

		@Override
		public String[] selectImports(AnnotationMetadata importingClassMetadata) {
			return new String[] { "io.dirshare.identity.SecurityConfiguration" };
		}

	}

}
