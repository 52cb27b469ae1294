package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type a cmdlet parameter shows in its syntax and metadata ({@code psobject}) when its Java field's type says
 * less ({@code Object}), as pwsh's {@code [PSTypeName()]} attribute does for a parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PSTypeName {
    String value();
}
