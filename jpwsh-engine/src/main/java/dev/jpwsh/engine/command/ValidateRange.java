package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cmdlet parameter's {@code [ValidateRange(min, max)]}: a bound value below {@code min} or above {@code max} is the
 * ParameterArgumentValidationError pwsh gives, and the cmdlet does not run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValidateRange {
    long min();

    long max();
}
