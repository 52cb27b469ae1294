package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a cmdlet field as a parameter, as {@code [Parameter()]} does for script parameters. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Parameter {
    /** The position for positional binding; -1 for named only. */
    int position() default -1;

    boolean mandatory() default false;

    boolean valueFromPipeline() default false;

    boolean valueFromPipelineByPropertyName() default false;

    /** Collects the positional arguments no other parameter takes. */
    boolean valueFromRemainingArguments() default false;

    String[] aliases() default {};
}
