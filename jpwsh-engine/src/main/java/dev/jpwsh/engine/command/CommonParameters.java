package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.scope.PSVariable;
import dev.jpwsh.engine.scope.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The common parameters every advanced function and cmdlet accepts. The action and preference ones set the
 * matching preference variable in the command's scope.
 */
public final class CommonParameters {
    private static final Set<String> NAMES = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "errorvariable", "warningvariable", "informationvariable", "outvariable",
            "outbuffer", "pipelinevariable", "whatif", "confirm", "progressaction");
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

    private CommonParameters() {
    }

    /** The command's output pipe, also copying into its -OutVariable list when it has one. */
    public static dev.jpwsh.engine.exec.Pipe withOutVariable(Frame frame, dev.jpwsh.engine.exec.Pipe out) {
        PSVariable v = frame.scope().local(OUT_VARIABLE_KEY);
        if (v == null || !(v.value() instanceof List<?> list)) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) list;
        return value -> {
            items.add(value);
            out.write(value);
        };
    }

    public static boolean isCommon(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("ea")
                || name.equalsIgnoreCase("wa") || name.equalsIgnoreCase("vb") || name.equalsIgnoreCase("wi")
                || name.equalsIgnoreCase("cf");
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
        return switch (lower) {
            case "ea" -> "erroraction";
            case "wa" -> "warningaction";
            case "vb" -> "verbose";
            case "wi" -> "whatif";
            case "cf" -> "confirm";
            default -> lower;
        };
    }

    /** Applies {@code -Verbose}, {@code -Debug}, {@code -ErrorAction x} and friends to the frame. */
    public static void apply(Frame frame, CommandArgument arg, CommandArgument next) {
        Object value = arg.hasValue() ? arg.value() : next != null && !next.isParameter() ? next.value() : null;
        switch (canonical(arg.parameterName())) {
            case "verbose" -> frame.setLocal("VerbosePreference",
                    !arg.hasValue() || Boolean.TRUE.equals(arg.value()) ? "Continue" : "SilentlyContinue");
            case "debug" -> frame.setLocal("DebugPreference", "Continue");
            case "erroraction" -> frame.setLocal("ErrorActionPreference", String.valueOf(value));
            case "warningaction" -> frame.setLocal("WarningPreference", String.valueOf(value));
            case "informationaction" -> frame.setLocal("InformationPreference", String.valueOf(value));
            case "whatif" -> frame.setLocal("WhatIfPreference", !arg.hasValue() || Boolean.TRUE.equals(arg.value()));
            case "confirm" -> frame.setLocal("ConfirmPreference", !arg.hasValue() || Boolean.TRUE.equals(arg.value())
                    ? dev.jpwsh.engine.exec.ConfirmImpact.Low : dev.jpwsh.engine.exec.ConfirmImpact.None);
            case "outvariable" -> {
                String name = String.valueOf(value);
                Scope caller = frame.scope().parent() != null ? frame.scope().parent() : frame.scope();
                Object list = new dev.jpwsh.dotnet.collections.ArrayList();
                caller.set(name, list);
                frame.setLocal(OUT_VARIABLE, list);
            }
            case "errorvariable" -> collectInto(frame, String.valueOf(value), ERROR_VARIABLE);
            case "warningvariable" -> collectInto(frame, String.valueOf(value), WARNING_VARIABLE);
            case "informationvariable" -> collectInto(frame, String.valueOf(value), INFORMATION_VARIABLE);
            default -> {
            }
        }
    }

    /**
     * {@code -ErrorVariable name} and its kin: the caller's variable {@code name} gets a new list ({@code +name}: keeps
     * its list and appends), which the command's records are added to through its local {@code bookkeeping} variable.
     */
    private static void collectInto(Frame frame, String name, String bookkeeping) {
        boolean append = name.startsWith("+");
        String target = append ? name.substring(1) : name;
        Scope caller = frame.scope().parent() != null ? frame.scope().parent() : frame.scope();
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
