package dev.jpwsh.engine.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cmdlet field as a parameter, as {@code [Parameter()]} does for script parameters. A field in several
 * parameter sets carries one annotation per set, each with that set's position and mandatoriness; the cmdlet class
 * names its default set with {@link DefaultParameterSet}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(Parameter.List.class)
public @interface Parameter {
    /** The parameter set this declaration is for; empty for every set. */
    String parameterSetName() default "";

    /** The position for positional binding; -1 for named only. */
    int position() default -1;

    boolean mandatory() default false;

    boolean valueFromPipeline() default false;

    boolean valueFromPipelineByPropertyName() default false;

    /** Collects the positional arguments no other parameter takes. */
    boolean valueFromRemainingArguments() default false;

    String[] aliases() default {};

    /** The declarations of a field in more than one parameter set. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface List {
        Parameter[] value();
    }
}
