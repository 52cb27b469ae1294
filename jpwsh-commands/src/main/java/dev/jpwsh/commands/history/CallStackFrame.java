package dev.jpwsh.commands.history;

import dev.jpwsh.engine.exec.InvocationInfo;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One frame of Get-PSCallStack: the call that runs ({@code invocation}, null for the outermost frame), the name
 * of its function ({@code <ScriptBlock>} for a script or the top level), where it is now ({@code position},
 * null when unknown) and the variables of its scope.
 */
@DotNetName("System.Management.Automation.CallStackFrame")
public final class CallStackFrame {
    private static final String NO_FILE = "<No file>";

    private final InvocationInfo invocation;
    private final String functionName;
    private final ErrorRecord.ScriptPosition position;
    /** The scope the frame's code runs in, whose variables {@link #GetFrameVariables} gives. */
    private final Scope scope;

    CallStackFrame(InvocationInfo invocation, String functionName, ErrorRecord.ScriptPosition position,
            Scope scope) {
        this.invocation = invocation;
        this.functionName = functionName;
        this.position = position;
        this.scope = scope;
    }

    /** The variables of the frame's own scope, by name (any case). */
    public Map<String, PSVariable> GetFrameVariables() {
        Map<String, PSVariable> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        scope.variables().values().forEach(v -> variables.put(v.name(), v));
        return variables;
    }

    public InvocationInfo getInvocationInfo() {
        return invocation;
    }

    public String getFunctionName() {
        return functionName;
    }

    /** The script file the frame runs in now; null outside a file. */
    public String getScriptName() {
        return position == null || position.scriptName().isEmpty() ? null : position.scriptName();
    }

    public int getScriptLineNumber() {
        return position == null ? 0 : position.line();
    }

    /** Where the frame runs now: the statement's line and column, its text and file. */
    public ErrorRecord.ScriptPosition getPosition() {
        return position;
    }

    /** The command's name, or the function name when the frame runs no named command. */
    public String getCommand() {
        if (invocation == null || invocation.myCommand() == null || invocation.myCommand().name().isEmpty()) {
            return functionName;
        }
        return invocation.myCommand().name();
    }

    /** {@code file.ps1: line 3}, or {@code <No file>}. */
    public String getLocation() {
        return GetScriptLocation();
    }

    public String GetScriptLocation() {
        String file = getScriptName();
        return file == null ? NO_FILE : Path.of(file).getFileName() + ": line " + getScriptLineNumber();
    }

    /** The bound parameters as {@code name=value} and then the other arguments, in braces. */
    public String getArguments() {
        StringBuilder text = new StringBuilder("{");
        if (invocation != null) {
            for (Map.Entry<Object, Object> entry : invocation.boundParameters().entrySet()) {
                separate(text).append(entry.getKey()).append('=');
                if (LanguagePrimitives.isTrue(entry.getValue())) {
                    text.append(LanguagePrimitives.toString(entry.getValue()));
                }
            }
            for (Object argument : invocation.unboundArguments()) {
                separate(text).append(LanguagePrimitives.isTrue(argument)
                        ? LanguagePrimitives.toString(argument) : "$null");
            }
        }
        return text.append('}').toString();
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.length() > 1 ? text.append(", ") : text;
    }

    @Override
    public String toString() {
        String file = getScriptName();
        return "at " + functionName + ", " + (file == null ? NO_FILE : file) + ": line " + getScriptLineNumber();
    }
}
