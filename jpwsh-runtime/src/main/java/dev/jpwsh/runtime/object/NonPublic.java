package dev.jpwsh.runtime.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a facade's method as standing for a non-public .NET member that scripts reach only through reflection, as
 * tools do ({@code GetMethod(name, [BindingFlags]'NonPublic,Instance').Invoke(...)}): member access does not see it,
 * and a type's GetMethods lists it only when asked for NonPublic members.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NonPublic {
}
