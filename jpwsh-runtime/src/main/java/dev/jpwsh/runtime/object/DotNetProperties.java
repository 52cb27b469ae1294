package dev.jpwsh.runtime.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order in which the .NET type a facade stands for declares its properties, as pwsh's reflection lists them
 * (Format-List *, Select-Object *, a default list); Java's reflection has no order of its own. Properties not named
 * here follow.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DotNetProperties {
    String[] value();
}
