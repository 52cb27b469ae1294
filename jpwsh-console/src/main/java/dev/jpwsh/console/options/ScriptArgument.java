package dev.jpwsh.console.options;

/**
 * One argument after a script file (or after {@code -CommandWithArgs} text), classified the way pwsh hands it to
 * the script: {@code -Name} alone, {@code -Name:value} or {@code -Name: value}, or a plain value. Parameter names
 * keep their leading dash, as pwsh keeps them; the parameter binder strips it.
 */
public sealed interface ScriptArgument {
    /** {@code -Name} with no value: a switch, or a parameter whose value is the next positional argument. */
    record Parameter(String name) implements ScriptArgument {
    }

    /**
     * {@code -Name:value}: the value is a {@link Boolean} when the text is {@code true}, {@code false},
     * {@code $true} or {@code $false} (in any case), else the text; {@code -Name: value} keeps the text.
     */
    record ParameterWithValue(String name, Object value) implements ScriptArgument {
    }

    /** A value that binds by position. */
    record Positional(String value) implements ScriptArgument {
    }
}
