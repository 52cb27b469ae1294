package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter set a cmdlet class binds in when its arguments leave several open, and whose positional
 * parameters are tried first, as {@code [Cmdlet(DefaultParameterSetName = ...)]} says in pwsh. A subclass inherits it.
 */
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DefaultParameterSet {
    String value();
}
