package io.dirshare.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service method that only reads: it joins the caller's transaction when there is one, and opens
 * none of its own. Each statement then sees what was committed when it ran, and a read costs only its
 * statements: on MySQL a transaction of its own would add four round trips ({@code SET autocommit},
 * {@code SET SESSION TRANSACTION READ ONLY}, {@code COMMIT} and both back) to every page and API read.
 * A read that needs one snapshot across statements, or locks, keeps {@code @Transactional}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface Reads {

}
