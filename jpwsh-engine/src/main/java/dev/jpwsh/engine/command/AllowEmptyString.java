package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A mandatory cmdlet parameter's {@code [AllowEmptyString()]}: it takes an empty string, which it would refuse. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AllowEmptyString {
}
