package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The common parameters every advanced function and cmdlet accepts. The action and preference ones set the
 * matching preference variable in the command's scope.
 */
public final class CommonParameters {
    /** Each common parameter's name and alias ({@code pv}, {@code ea}, {@code wi}...), lower-cased, to its name. */
    private static final Map<String, String> NAMES = names();
    private static final Set<String> WITH_VALUE = Set.of("erroraction", "warningaction", "informationaction",
            "errorvariable", "warningvariable", "informationvariable", "outvariable", "outbuffer",
            "pipelinevariable", "progressaction");

    /** The variable, in a command's own scope, holding the list its -ErrorVariable collects into. */
    public static final String ERROR_VARIABLE = "__ErrorVariable";
    /** The variable, in a command's own scope, holding the list its -WarningVariable collects into. */
    public static final String WARNING_VARIABLE = "__WarningVariable";
    /** The variable, in a command's own scope, holding the list its -InformationVariable collects into. */
    public static final String INFORMATION_VARIABLE = "__InformationVariable";

    /** The variable, in a command's own scope, holding the list its -OutVariable collects into. */
    public static final String OUT_VARIABLE = "__OutVariable";
    private static final String OUT_VARIABLE_KEY = Scope.key(OUT_VARIABLE);
    /** The variable, in a command's own scope, holding its {@link PipelineVariable}. */
    private static final String PIPELINE_VARIABLE = "__PipelineVariable";
    private static final String PIPELINE_VARIABLE_KEY = Scope.key(PIPELINE_VARIABLE);

    /**
     * {@code -PipelineVariable name}: the variable of the caller's scope that holds each object the command writes
     * while the pipeline runs; {@code made} when the pipeline created it (the scope had none by that name).
     */
    private record PipelineVariable(Scope scope, String key, PSVariable variable, boolean made) {
    }

    private CommonParameters() {
    }

    /**
     * The command's output pipe, also copying into its -OutVariable list and setting its -PipelineVariable to each
     * object, when it has them.
     */
    public static dev.jpwsh.engine.exec.Pipe withOutputVariables(Frame frame, dev.jpwsh.engine.exec.Pipe out) {
        dev.jpwsh.engine.exec.Pipe pipe = out;
        PSVariable pipelineVariable = frame.scope().local(PIPELINE_VARIABLE_KEY);
        if (pipelineVariable != null && pipelineVariable.value() instanceof PipelineVariable current) {
            dev.jpwsh.engine.exec.Pipe downstream = pipe;
            pipe = value -> {
                current.variable().setValue(value);
                downstream.write(value);
            };
        }
        PSVariable v = frame.scope().local(OUT_VARIABLE_KEY);
        if (v == null || !(v.value() instanceof List<?> list)) {
            return pipe;
        }
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) list;
        dev.jpwsh.engine.exec.Pipe downstream = pipe;
        return value -> {
            items.add(value);
            downstream.write(value);
        };
    }

    /**
     * At the end of the pipeline: the command's -PipelineVariable is emptied, and removed when the pipeline made it,
     * as pwsh tears it down.
     */
    public static void endPipelineVariable(Frame frame) {
        PSVariable v = frame.scope().local(PIPELINE_VARIABLE_KEY);
        if (v != null && v.value() instanceof PipelineVariable current) {
            current.variable().setValue(null);
            if (current.made()) {
                current.scope().remove(current.key());
            }
        }
    }

    public static boolean isCommon(String name) {
        return NAMES.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is -WhatIf or -Confirm, which only a command that supports ShouldProcess takes. */
    public static boolean isShouldProcess(String name) {
        String canonical = canonical(name);
        return canonical.equals("whatif") || canonical.equals("confirm");
    }

    public static boolean takesValue(String name) {
        return WITH_VALUE.contains(canonical(name));
    }

    private static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(lower, lower);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new java.util.HashMap<>();
        for (List<ParameterDeclaration> declarations : List.of(CommonParameterDeclarations.ALL,
                CommonParameterDeclarations.SHOULD_PROCESS)) {
            for (ParameterDeclaration p : declarations) {
                String name = p.name().toLowerCase(Locale.ROOT);
                names.put(name, name);
                p.aliases().forEach(alias -> names.put(alias.toLowerCase(Locale.ROOT), name));
            }
        }
        return Map.copyOf(names);
    }

    /** Applies {@code -Verbose}, {@code -Debug}, {@code -ErrorAction x} and friends to the frame. */
    public static void apply(Frame frame, CommandArgument arg, CommandArgument next) {
        Object value = arg.hasValue() ? arg.value() : next != null && !next.isParameter() ? next.value() : null;
        switch (canonical(arg.parameterName())) {
            case "verbose" -> frame.setLocal("VerbosePreference",
                    !arg.hasValue() || Boolean.TRUE.equals(arg.value()) ? "Continue" : "SilentlyContinue");
            case "debug" -> frame.setLocal("DebugPreference", "Continue");
            case "erroraction" -> frame.setLocal("ErrorActionPreference", preference(value));
            case "warningaction" -> frame.setLocal("WarningPreference", preference(value));
            case "informationaction" -> frame.setLocal("InformationPreference", preference(value));
            case "whatif" -> frame.setLocal("WhatIfPreference", !arg.hasValue() || Boolean.TRUE.equals(arg.value()));
            case "confirm" -> frame.setLocal("ConfirmPreference", !arg.hasValue() || Boolean.TRUE.equals(arg.value())
                    ? dev.jpwsh.engine.exec.ConfirmImpact.Low : dev.jpwsh.engine.exec.ConfirmImpact.None);
            case "outvariable" -> {
                String name = String.valueOf(value);
                Scope caller = callerScope(frame);
                Object list = new dev.jpwsh.dotnet.collections.ArrayList();
                caller.set(name, list);
                frame.setLocal(OUT_VARIABLE, list);
            }
            case "pipelinevariable" -> {
                String name = String.valueOf(value);
                Scope caller = callerScope(frame);
                String key = Scope.key(name);
                PSVariable existing = caller.local(key);
                PSVariable variable = existing != null ? existing : caller.set(name, null);
                frame.setLocal(PIPELINE_VARIABLE, new PipelineVariable(caller, key, variable, existing == null));
            }
            case "errorvariable" -> collectInto(frame, String.valueOf(value), ERROR_VARIABLE);
            case "warningvariable" -> collectInto(frame, String.valueOf(value), WARNING_VARIABLE);
            case "informationvariable" -> collectInto(frame, String.valueOf(value), INFORMATION_VARIABLE);
            default -> {
            }
        }
    }

    /** The scope the command was called from, where its -OutVariable, -ErrorVariable and kin are made. */
    private static Scope callerScope(Frame frame) {
        return frame.scope().parent() != null ? frame.scope().parent() : frame.scope();
    }

    /** An action preference's name, given as a name or as its number ({@code -ErrorAction 0}: SilentlyContinue). */
    private static String preference(Object value) {
        return dev.jpwsh.engine.types.Conversions.convert(value, dev.jpwsh.dotnet.DotNetEnums.ActionPreference.class)
                .toString();
    }

    /**
     * {@code -ErrorVariable name} and its kin: the caller's variable {@code name} gets a new list ({@code +name}: keeps
     * its list and appends), which the command's records are added to through its local {@code bookkeeping} variable.
     */
    private static void collectInto(Frame frame, String name, String bookkeeping) {
        boolean append = name.startsWith("+");
        String target = append ? name.substring(1) : name;
        Scope caller = callerScope(frame);
        PSVariable existing = caller.lookup(Scope.key(target));
        Object list = append && existing != null && existing.value() instanceof List<?> l ? l
                : new dev.jpwsh.dotnet.collections.ArrayList();
        caller.set(target, list);
        frame.setLocal(bookkeeping, list);
    }

    /** Adds {@code record} to the list the {@code bookkeeping} variable in reach holds, if there is one. */
    public static void collect(Frame frame, String bookkeeping, Object record) {
        if (frame.variable(Scope.key(bookkeeping)) instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> records = (List<Object>) list;
            records.add(record);
        }
    }
}
