package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.ops.Wildcard;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code $PSDefaultParameterValues}: a table of {@code 'CommandName:ParameterName'} keys (both may be wildcards) whose
 * values a cmdlet or an advanced function takes for the parameters its call leaves out; a script block value is
 * run for each call, and a true {@code Disabled} entry turns the table off. The defaults join the call's arguments
 * as named ones before binding. A positional parameter takes its default only in a call without positional
 * arguments, since one of them could be meant for it.
 */
public final class DefaultParameterValues {
    /** The variable's key; AutomaticVariables defines it, empty, in the global scope. */
    private static final String KEY = Scope.key("PSDefaultParameterValues");
    private static final List<Target> COMMON = List.of(
            new Target("Verbose", List.of("vb"), true, false), new Target("Debug", List.of("db"), true, false),
            named("ErrorAction", "ea"), named("WarningAction", "wa"), named("InformationAction", "infa"),
            named("ErrorVariable", "ev"), named("WarningVariable", "wv"), named("InformationVariable", "iv"),
            named("OutVariable", "ov"), named("OutBuffer", "ob"), named("PipelineVariable", "pv"),
            named("ProgressAction", "proga"));

    /** A parameter a default could go to. */
    private record Target(String name, List<String> aliases, boolean isSwitch, boolean positional) {
        boolean matches(String pattern) {
            return Wildcard.matches(name, pattern, false)
                    || aliases.stream().anyMatch(a -> Wildcard.matches(a, pattern, false));
        }

        boolean givenIn(List<CommandArgument> args) {
            return args.stream().anyMatch(arg -> arg.isParameter() && isNamedBy(arg.parameterName()));
        }

        boolean isNamedBy(String written) {
            return name.regionMatches(true, 0, written, 0, written.length()) && written.length() <= name.length()
                    || aliases.stream().anyMatch(written::equalsIgnoreCase);
        }
    }

    private DefaultParameterValues() {
    }

    /** {@code args} with the defaults that apply to cmdlet {@code command}, implemented by {@code type}. */
    public static List<CommandArgument> forCmdlet(Frame frame, String command, Class<?> type,
            List<CommandArgument> args) {
        Map<?, ?> table = table(frame);
        return table == null ? args : withDefaults(frame, table, command, cmdletTargets(type), args);
    }

    /** {@code args} with the defaults that apply to function {@code command}, when {@code block} is advanced. */
    public static List<CommandArgument> forFunction(Frame frame, String command, ScriptBlock block,
            List<CommandArgument> args) {
        if (command == null || !block.body().cmdletBinding()) {
            return args;
        }
        Map<?, ?> table = table(frame);
        return table == null ? args : withDefaults(frame, table, command, functionTargets(block), args);
    }

    /** The table in force, or null when there is none, it is empty or it is disabled. */
    private static Map<?, ?> table(Frame frame) {
        if (!(frame.variable(KEY) instanceof Map<?, ?> table) || table.isEmpty()) {
            return null;
        }
        return LanguagePrimitives.isTrue(table.get("Disabled")) ? null : table;
    }

    private static List<CommandArgument> withDefaults(Frame frame, Map<?, ?> table, String command,
            List<Target> targets, List<CommandArgument> args) {
        boolean anyPositional = hasPositional(args, targets);
        List<CommandArgument> result = null;
        List<Target> taken = new ArrayList<>();
        for (Map.Entry<?, ?> entry : table.entrySet()) {
            String key = String.valueOf(entry.getKey());
            int colon = key.indexOf(':');
            if (colon <= 0 || !Wildcard.matches(command, key.substring(0, colon).strip(), false)) {
                continue;
            }
            String parameter = key.substring(colon + 1).strip();
            for (Target target : targets) {
                if (!target.matches(parameter) || taken.contains(target) || target.givenIn(args)
                        || target.positional() && !target.isSwitch() && anyPositional) {
                    continue;
                }
                taken.add(target);
                if (result == null) {
                    result = new ArrayList<>(args);
                }
                result.add(CommandArgument.parameterWithValue(target.name(), valueOf(frame, entry.getValue())));
            }
        }
        return result == null ? args : result;
    }

    /** True when some argument is no parameter's value: a parameter other than a switch takes the next one. */
    private static boolean hasPositional(List<CommandArgument> args, List<Target> targets) {
        for (int i = 0; i < args.size(); i++) {
            CommandArgument arg = args.get(i);
            if (!arg.isParameter()) {
                return true;
            }
            if (!arg.hasValue() && targets.stream().anyMatch(t -> !t.isSwitch() && t.isNamedBy(arg.parameterName()))) {
                i++;
            }
        }
        return false;
    }

    /** A script block value is run for each call, and its output is the default. */
    private static Object valueOf(Frame frame, Object value) {
        return value instanceof ScriptBlock block ? block.invokeWithUnderscore(frame, null) : value;
    }

    private static List<Target> cmdletTargets(Class<?> type) {
        List<Target> targets = new ArrayList<>(COMMON);
        for (Class<?> c = type; c != Cmdlet.class && c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter[] declarations = f.getAnnotationsByType(Parameter.class);
                if (declarations.length > 0) {
                    String name = Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
                    targets.add(new Target(name, Arrays.stream(declarations).flatMap(d -> Arrays.stream(d.aliases()))
                            .toList(), f.getType() == boolean.class || f.getType() == Boolean.class,
                            Arrays.stream(declarations).anyMatch(d -> d.position() >= 0)));
                }
            }
        }
        return targets;
    }

    private static List<Target> functionTargets(ScriptBlock block) {
        List<Target> targets = new ArrayList<>(COMMON);
        for (ParameterSpec p : block.body().parameters()) {
            targets.add(new Target(p.name(), p.aliases(), p.isSwitch(), p.position() != Integer.MAX_VALUE));
        }
        return targets;
    }

    private static Target named(String name, String alias) {
        return new Target(name, List.of(alias), false, false);
    }
}
