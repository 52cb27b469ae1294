package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The argument completers of one session, for tab completion (TabExpansion2, the console) to ask. Two sources:
 * <ul>
 * <li>{@code Register-ArgumentCompleter}: {@link #register} stores a script block for a parameter of one command,
 * or of every command when no command is named; {@link #registerNative} one for every argument of a native
 * program. The same registration again replaces the earlier one.</li>
 * <li>The attributes of a function's parameter: {@code [ArgumentCompleter({...})]} or
 * {@code [ArgumentCompleter([Type])]} ({@link #declaredCompleter}) and {@code [ArgumentCompletions('a', 'b')]}
 * ({@link #declaredCompletions}).</li>
 * </ul>
 * A completer is called as pwsh calls it: a parameter's with (commandName, parameterName, wordToComplete,
 * commandAst, fakeBoundParameters), a native one with (wordToComplete, commandAst, cursorPosition); calling is the
 * completion engine's business, not this registry's. Names match in any case. Safe for any thread.
 */
public final class ArgumentCompleters {
    private final Map<String, ScriptBlock> parameters = new ConcurrentHashMap<>();
    private final Map<String, ScriptBlock> natives = new ConcurrentHashMap<>();

    /** {@return the registry of the session {@code context} belongs to} */
    public static ArgumentCompleters of(ExecutionContext context) {
        return context.service(ArgumentCompleters.class);
    }

    /** Registers {@code completer} for {@code parameterName} of {@code commandName}, or of any command when null. */
    public void register(String commandName, String parameterName, ScriptBlock completer) {
        parameters.put(key(commandName, parameterName), completer);
    }

    /** Registers {@code completer} for the arguments of the native program {@code commandName}. */
    public void registerNative(String commandName, ScriptBlock completer) {
        natives.put(commandName.toLowerCase(Locale.ROOT), completer);
    }

    /**
     * The registered completer for {@code parameterName} of {@code commandName}: the one registered for that
     * command, else the one registered for the parameter of any command, else null.
     */
    public ScriptBlock completerFor(String commandName, String parameterName) {
        ScriptBlock forCommand = commandName == null ? null : parameters.get(key(commandName, parameterName));
        return forCommand != null ? forCommand : parameters.get(key(null, parameterName));
    }

    /** The registered completer of the native program {@code commandName}, or null. */
    public ScriptBlock nativeCompleterFor(String commandName) {
        return natives.get(commandName.toLowerCase(Locale.ROOT));
    }

    /**
     * The {@code [ArgumentCompleter()]} of {@code parameterName} of {@code function}, evaluated in {@code frame}: a
     * ScriptBlock, or the Class of an IArgumentCompleter type; null when it declares none.
     */
    public static Object declaredCompleter(FunctionInfo function, String parameterName, Frame frame) {
        ParameterSpec p = parameter(function, parameterName);
        return p == null || p.extras().completer() == null ? null : p.extras().completer().eval(frame);
    }

    /** The values {@code [ArgumentCompletions()]} offers for {@code parameterName} of {@code function}, in order. */
    public static List<String> declaredCompletions(FunctionInfo function, String parameterName) {
        ParameterSpec p = parameter(function, parameterName);
        return p == null ? List.of() : p.extras().completions();
    }

    private static ParameterSpec parameter(FunctionInfo function, String parameterName) {
        for (ParameterSpec p : function.scriptBlock().body().parameters()) {
            if (p.isExactly(parameterName)) {
                return p;
            }
        }
        return null;
    }

    private static String key(String commandName, String parameterName) {
        String parameter = parameterName.toLowerCase(Locale.ROOT);
        return commandName == null || commandName.isEmpty() ? parameter
                : commandName.toLowerCase(Locale.ROOT) + ":" + parameter;
    }
}
