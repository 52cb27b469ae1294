package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The .NET names of the types a cmdlet writes, as pwsh's {@code [OutputType()]} attribute gives them; what
 * {@code (Get-Command Name).OutputType} lists. A base class's declaration holds for the cmdlets derived from it
 * (the Format- cmdlets share theirs).
 */
@java.lang.annotation.Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OutputType {
    String[] value();
}
