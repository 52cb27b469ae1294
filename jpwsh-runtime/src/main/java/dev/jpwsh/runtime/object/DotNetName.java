package dev.jpwsh.runtime.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The .NET type a Java facade class stands for, as {@code GetType().FullName} shows it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DotNetName {
    String value();
}
