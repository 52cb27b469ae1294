package dev.jpwsh.engine.command;

/**
 * One element of a command line after evaluation: a parameter name ({@code -Name}, with {@code value} set when
 * written {@code -Name:value}) or a plain argument value.
 */
public record CommandArgument(String parameterName, Object value, boolean hasValue) {
    public static CommandArgument parameter(String name) {
        return new CommandArgument(name, null, false);
    }

    public static CommandArgument parameterWithValue(String name, Object value) {
        return new CommandArgument(name, value, true);
    }

    public static CommandArgument value(Object value) {
        return new CommandArgument(null, value, true);
    }

    public boolean isParameter() {
        return parameterName != null;
    }

    /** How the element goes into {@code $args} of a simple function. */
    public Object asPlainArgument() {
        return isParameter() ? new ParameterToken(parameterName + (hasValue ? ":" : "")) : value;
    }
}
