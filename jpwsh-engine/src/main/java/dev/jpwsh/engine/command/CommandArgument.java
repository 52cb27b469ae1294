package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.error.ErrorRecord.ScriptPosition;

/**
 * One element of a command line after evaluation: a parameter name ({@code -Name}, with {@code value} set when
 * written {@code -Name:value}) or a plain argument value. A parameter written in a script knows where it was
 * written ({@code position}, null otherwise), so that binding errors can point at it. A plain argument knows how
it was written ({@code spelling}), which decides how a native program receives it.
 */
public record CommandArgument(String parameterName, Object value, boolean hasValue, ScriptPosition position,
        ArgumentSpelling spelling) {
    public static CommandArgument parameter(String name) {
        return new CommandArgument(name, null, false, null, ArgumentSpelling.UNQUOTED);
    }

    public static CommandArgument parameterWithValue(String name, Object value) {
        return new CommandArgument(name, value, true, null, ArgumentSpelling.UNQUOTED);
    }

    public static CommandArgument value(Object value) {
        return new CommandArgument(null, value, true, null, ArgumentSpelling.UNQUOTED);
    }

    /** A plain argument value written as {@code spelling} describes. */
    public static CommandArgument value(Object value, ArgumentSpelling spelling) {
        return new CommandArgument(null, value, true, null, spelling);
    }

    /** The same argument, written at {@code where} in a script. */
    public CommandArgument at(ScriptPosition where) {
        return new CommandArgument(parameterName, value, hasValue, where, spelling);
    }

    /** {@code error} pointing at where this argument was written, when it was written in a script. */
    public PSException pointedAt(PSException error) {
        return position == null ? error : error.withRecord(error.record().withPosition(position));
    }

    public boolean isParameter() {
        return parameterName != null;
    }

    /** How the element goes into {@code $args} of a simple function. */
    public Object asPlainArgument() {
        return isParameter() ? new ParameterToken(parameterName + (hasValue ? ":" : "")) : value;
    }
}
