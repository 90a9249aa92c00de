package io.dirshare.directories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The Set up directory form's "Confirm password" repeats its password. A rule of two fields, so it is
 * declared on the form, and its error is put on {@code confirmPassword}, where the person fixes it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordsMatch.Validator.class)
@interface PasswordsMatch {

	String message() default "The passwords do not match.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link PasswordsMatch}. */
	class Validator implements ConstraintValidator<PasswordsMatch, NewDirectoryForm> {

		@Override
		public boolean isValid(NewDirectoryForm form, ConstraintValidatorContext context) {
			if (form == null || Objects.equals(form.getPassword(), form.getConfirmPassword())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("confirmPassword")
				.addConstraintViolation();
			return false;
		}

	}

}
