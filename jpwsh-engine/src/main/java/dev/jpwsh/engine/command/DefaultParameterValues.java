package dev.jpwsh.engine.command;

import dev.jpwsh.dotnet.collections.HashSet;
import dev.jpwsh.dotnet.collections.StringComparer;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.InformationalRecord.WarningRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.scope.Scope;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Wildcard;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code $PSDefaultParameterValues}: a table of {@code 'CommandName:ParameterName'} keys (both may be wildcards, the
 * command part may name an alias of the command) whose values a cmdlet or an advanced function or script takes for
 * the parameters its call leaves out, read as pwsh's CmdletParameterBinderController reads it:
 * <ul>
 * <li>a true {@code Disabled} entry turns the table off; any other key that is not {@code Command:Parameter} is
 * removed from the table with a warning;</li>
 * <li>a parameter part may be a parameter's name or alias, or a pattern that must match exactly one of them (else a
 * warning); two keys giving one parameter different values cancel each other (a warning);</li>
 * <li>a script block value runs for each call with the binding state ({@code BoundParameters},
 * {@code BoundPositionalParameters}, {@code BoundDefaultParameters}) as {@code $args[0]}; no output means no
 * default.</li>
 * </ul>
 * The defaults join the call's arguments as named ones before binding; a positional parameter that one of the
 * call's positional arguments will go to takes no default. A call costs one variable
 * lookup when the table is absent or empty.
 */
public final class DefaultParameterValues {
    /** The variable's key; AutomaticVariables defines it, empty, in the global scope. */
    private static final String KEY = Scope.key("PSDefaultParameterValues");
    /** The position of a parameter that takes none. */
    private static final int NONE = Integer.MAX_VALUE;
    private static final List<Target> COMMON = List.of(
            new Target("Verbose", List.of("vb"), true, NONE, Set.of()),
            new Target("Debug", List.of("db"), true, NONE, Set.of()),
            named("ErrorAction", "ea"), named("WarningAction", "wa"), named("InformationAction", "infa"),
            named("ErrorVariable", "ev"), named("WarningVariable", "wv"), named("InformationVariable", "iv"),
            named("OutVariable", "ov"), named("OutBuffer", "ob"), named("PipelineVariable", "pv"),
            named("ProgressAction", "proga"));
    private static final ClassValue<Targets> CMDLET_TARGETS = new ClassValue<>() {
        @Override
        protected Targets computeValue(Class<?> type) {
            DefaultParameterSet defaultSet = type.getAnnotation(DefaultParameterSet.class);
            return new Targets(cmdletTargets(type), defaultSet == null ? null : defaultSet.value());
        }
    };

    /** The parameters of a command, and its default parameter set (null when it names none). */
    private record Targets(List<Target> all, String defaultSet) {
    }

    /**
     * A parameter a default could go to; {@code sets} holds the lower-cased names of its parameter sets, none when
     * it is in all of them.
     */
    private record Target(String name, List<String> aliases, boolean isSwitch, int position, Set<String> sets) {
        /** Whether {@code written} is this parameter's name or one of its aliases. */
        boolean isCalled(String written) {
            return name.equalsIgnoreCase(written) || aliases.stream().anyMatch(written::equalsIgnoreCase);
        }

        /** How many of the parameter's name and aliases {@code pattern} matches (pwsh counts each). */
        long matchCount(String pattern) {
            return (Wildcard.matches(name, pattern, false) ? 1 : 0)
                    + aliases.stream().filter(a -> Wildcard.matches(a, pattern, false)).count();
        }

        boolean givenIn(List<CommandArgument> args) {
            return args.stream().anyMatch(arg -> arg.isParameter() && isNamedBy(arg.parameterName()));
        }

        boolean isNamedBy(String written) {
            return name.regionMatches(true, 0, written, 0, written.length()) && written.length() <= name.length()
                    || aliases.stream().anyMatch(written::equalsIgnoreCase);
        }
    }

    /** The defaults one call found: by parameter, and the parameters two keys disagree on. */
    private static final class Found {
        final Map<Target, Object> values = new LinkedHashMap<>();
        final Set<Target> conflicting = new LinkedHashSet<>();
        final Set<String> warned = new LinkedHashSet<>();

        void add(Frame frame, Target target, Object value, String parameterPart) {
            if (!values.containsKey(target)) {
                values.put(target, value);
            } else if (!Objects.equals(values.get(target), value)) {
                conflicting.add(target);
                warnOnce(frame, parameterPart, "Multiple different default values are defined in "
                        + "$PSDefaultParameterValues for the parameter matching the following name or alias: "
                        + parameterPart + ". These defaults have been ignored.");
            }
        }

        void warnOnce(Frame frame, String parameterPart, String message) {
            if (warned.add(parameterPart.toLowerCase(java.util.Locale.ROOT))) {
                MessageStreams.write(frame, new WarningRecord(message));
            }
        }
    }

    private DefaultParameterValues() {
    }

    /** {@code args} with the defaults that apply to cmdlet {@code command}, implemented by {@code type}. */
    public static List<CommandArgument> forCmdlet(Frame frame, String command, Class<?> type,
            List<CommandArgument> args) {
        Map<?, ?> table = table(frame);
        return table == null ? args : withDefaults(frame, table, command, CMDLET_TARGETS.get(type), args);
    }

    /** {@code args} with the defaults that apply to function or script {@code command}, when {@code block} is advanced. */
    public static List<CommandArgument> forFunction(Frame frame, String command, ScriptBlock block,
            List<CommandArgument> args) {
        if (command == null || !block.body().cmdletBinding()) {
            return args;
        }
        Map<?, ?> table = table(frame);
        return table == null ? args : withDefaults(frame, table, command,
                new Targets(functionTargets(block), block.body().defaultParameterSet()), args);
    }

    /** The table in force, or null when there is none or it is empty. */
    private static Map<?, ?> table(Frame frame) {
        return frame.variable(KEY) instanceof Map<?, ?> table && !table.isEmpty() ? table : null;
    }

    private static List<CommandArgument> withDefaults(Frame frame, Map<?, ?> table, String command,
            Targets commandTargets, List<CommandArgument> args) {
        List<Target> targets = commandTargets.all();
        Found found = new Found();
        List<Object> badKeys = new ArrayList<>();
        Map<DefaultParameterKey, Object> wildcards = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : table.entrySet()) {
            if (!(entry.getKey() instanceof String text)) {
                continue;
            }
            String key = text.strip();
            DefaultParameterKey parsed = DefaultParameterKey.parse(key);
            if (parsed == null) {
                if (!key.equalsIgnoreCase("Disabled")) {
                    badKeys.add(entry.getKey());
                } else if (LanguagePrimitives.isTrue(entry.getValue())) {
                    return args;
                }
            } else if (Wildcard.containsWildcardCharacters(key)) {
                wildcards.put(parsed, entry.getValue());
            } else if (isCommand(frame, command, parsed.command())) {
                addExact(frame, found, targets, parsed.parameter(), entry.getValue());
            }
        }
        wildcards.forEach((parsed, value) -> {
            if (isCommand(frame, command, parsed.command())) {
                addMatching(frame, found, targets, parsed.parameter(), value);
            }
        });
        if (!badKeys.isEmpty()) {
            removeBadKeys(frame, table, badKeys);
        }
        found.conflicting.forEach(found.values::remove);
        if (found.values.isEmpty()) {
            return args;
        }
        Map<Target, Object> qualified = qualified(found.values, targets, args, commandTargets.defaultSet());
        return qualified == null ? args : apply(frame, qualified, targets, args);
    }

    /** Whether the command part of a key names the command, or one of its aliases. */
    private static boolean isCommand(Frame frame, String command, String pattern) {
        if (Wildcard.matches(command, pattern, false)) {
            return true;
        }
        return frame.context().commands().aliases().stream().anyMatch(a -> a.definition().equalsIgnoreCase(command)
                && Wildcard.matches(a.name(), pattern, false));
    }

    private static void addExact(Frame frame, Found found, List<Target> targets, String parameter, Object value) {
        targets.stream().filter(t -> t.isCalled(parameter)).findFirst()
                .ifPresent(target -> found.add(frame, target, value, parameter));
    }

    private static void addMatching(Frame frame, Found found, List<Target> targets, String parameter, Object value) {
        if (!Wildcard.containsWildcardCharacters(parameter)) {
            addExact(frame, found, targets, parameter, value);
            return;
        }
        List<Target> matches = targets.stream().filter(t -> t.matchCount(parameter) > 0).toList();
        if (matches.size() > 1 || matches.size() == 1 && matches.getFirst().matchCount(parameter) > 1) {
            found.warnOnce(frame, parameter, "The following name or alias defined in $PSDefaultParameterValues for "
                    + "this cmdlet resolves to multiple parameters: " + parameter + ". The default has been ignored.");
        } else if (matches.size() == 1) {
            found.add(frame, matches.getFirst(), value, parameter);
        }
    }

    /** pwsh drops the keys it cannot read from the table and says which. */
    private static void removeBadKeys(Frame frame, Map<?, ?> table, List<Object> badKeys) {
        badKeys.forEach(table::remove);
        List<String> names = badKeys.stream().map(String::valueOf).toList();
        MessageStreams.write(frame, new WarningRecord(names.size() > 1
                ? "The keys '" + String.join(", ", names) + "' do not have valid formats. " + FORMAT_HELP
                : "The key '" + names.getFirst() + "' does not have a valid format. " + FORMAT_HELP));
    }

    static final String FORMAT_HELP = "For information about the correct format, see "
            + "about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266.";

    /**
     * The defaults for the parameters the call leaves out that fit the parameter sets its named arguments allow, as
     * pwsh's binder qualifies them: none when the sets of those defaults exclude each other. Then pwsh tries again
     * once the parameter set is known, which, when the call does not decide it, is the default set.
     */
    private static Map<Target, Object> qualified(Map<Target, Object> defaults, List<Target> targets,
            List<CommandArgument> args, String defaultSet) {
        Set<String> allowed = null;
        for (CommandArgument arg : args) {
            if (arg.isParameter()) {
                Target named = targets.stream().filter(t -> t.isNamedBy(arg.parameterName())).findFirst()
                        .orElse(null);
                if (named != null && !named.sets().isEmpty()) {
                    allowed = allowed == null ? new LinkedHashSet<>(named.sets()) : allowed;
                    allowed.retainAll(named.sets());
                }
            }
        }
        Set<Target> takenByPosition = takenByPosition(args, targets);
        Map<Target, Object> qualified = qualified(defaults, args, takenByPosition, allowed);
        String fallback = defaultSet == null ? null : defaultSet.toLowerCase(java.util.Locale.ROOT);
        if (qualified == null && fallback != null && (allowed == null || allowed.contains(fallback))) {
            qualified = qualified(defaults, args, takenByPosition, Set.of(fallback));
        }
        return qualified;
    }

    private static Map<Target, Object> qualified(Map<Target, Object> defaults, List<CommandArgument> args,
            Set<Target> takenByPosition, Set<String> allowed) {
        Map<Target, Object> qualified = new LinkedHashMap<>();
        Set<String> possible = null;
        for (Map.Entry<Target, Object> entry : defaults.entrySet()) {
            Target target = entry.getKey();
            if (target.givenIn(args) || takenByPosition.contains(target)
                    || allowed != null && !target.sets().isEmpty() && java.util.Collections.disjoint(allowed,
                    target.sets())) {
                continue;
            }
            if (!target.sets().isEmpty()) {
                possible = possible == null ? new LinkedHashSet<>(target.sets()) : possible;
                possible.retainAll(target.sets());
                if (possible.isEmpty()) {
                    return null;
                }
            }
            qualified.put(target, entry.getValue());
        }
        return qualified.isEmpty() ? null : qualified;
    }

    /** The call's arguments and the defaults for the parameters it leaves out. */
    private static List<CommandArgument> apply(Frame frame, Map<Target, Object> defaults, List<Target> targets,
            List<CommandArgument> args) {
        List<CommandArgument> result = null;
        HashSet taken = new HashSet(StringComparer.getOrdinalIgnoreCase());
        for (Map.Entry<Target, Object> entry : defaults.entrySet()) {
            Target target = entry.getKey();
            Object value = entry.getValue();
            if (value instanceof ScriptBlock block) {
                List<Object> output = run(frame, block, bindingState(args, targets, taken));
                if (output.isEmpty()) {
                    continue;
                }
                value = output.size() == 1 ? output.getFirst() : output.toArray();
            }
            if (result == null) {
                result = new ArrayList<>(args);
            }
            result.add(CommandArgument.parameterWithValue(target.name(), value));
            taken.Add(target.name());
        }
        return result == null ? args : result;
    }

    private static List<Object> run(Frame frame, ScriptBlock block, PSObject state) {
        Enumerables.Collector output = new Enumerables.Collector();
        block.invoke(frame, List.of(CommandArgument.value(state)), null, false, output);
        return output.items();
    }

    /** What a script block value sees as {@code $args[0]}: the parameters named so far, and the defaults taken. */
    private static PSObject bindingState(List<CommandArgument> args, List<Target> targets, HashSet taken) {
        HashSet named = new HashSet(StringComparer.getOrdinalIgnoreCase());
        for (CommandArgument arg : args) {
            if (arg.isParameter()) {
                named.Add(targets.stream().filter(t -> t.isNamedBy(arg.parameterName())).map(Target::name)
                        .findFirst().orElse(arg.parameterName()));
            }
        }
        named.UnionWith(taken);
        PSObject state = new PSObject();
        state.set("BoundParameters", named);
        state.set("BoundPositionalParameters", new HashSet(StringComparer.getOrdinalIgnoreCase()));
        state.set("BoundDefaultParameters", new HashSet(taken, StringComparer.getOrdinalIgnoreCase()));
        return state;
    }

    /**
     * The positional parameters the call's positional arguments go to: as many as there are arguments that are no
     * named parameter's value, in order of position, leaving out those the call names.
     */
    private static Set<Target> takenByPosition(List<CommandArgument> args, List<Target> targets) {
        int positional = 0;
        for (int i = 0; i < args.size(); i++) {
            CommandArgument arg = args.get(i);
            if (!arg.isParameter()) {
                positional++;
            } else if (!arg.hasValue()
                    && targets.stream().anyMatch(t -> !t.isSwitch() && t.isNamedBy(arg.parameterName()))) {
                i++;
            }
        }
        if (positional == 0) {
            return Set.of();
        }
        List<Target> byPosition = targets.stream().filter(t -> t.position() != NONE && !t.isSwitch() && !t.givenIn(args))
                .sorted(java.util.Comparator.comparingInt(Target::position)).toList();
        return Set.copyOf(byPosition.subList(0, Math.min(positional, byPosition.size())));
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
                            Arrays.stream(declarations).mapToInt(d -> d.position() >= 0 ? d.position() : NONE).min()
                                    .orElse(NONE), sets(Arrays.stream(declarations).map(Parameter::parameterSetName)
                                    .toList())));
                }
            }
        }
        return List.copyOf(targets);
    }

    private static List<Target> functionTargets(ScriptBlock block) {
        List<Target> targets = new ArrayList<>(COMMON);
        for (ParameterSpec p : block.body().parameters()) {
            targets.add(new Target(p.name(), p.aliases(), p.isSwitch(), p.position(), sets(p.parameterSets())));
        }
        return targets;
    }

    private static Target named(String name, String alias) {
        return new Target(name, List.of(alias), false, NONE, Set.of());
    }

    /** The lower-cased set names of a parameter's declarations; none when one of them is in all sets. */
    private static Set<String> sets(List<String> declared) {
        Set<String> sets = new LinkedHashSet<>();
        for (String set : declared) {
            if (set.isEmpty() || set.equalsIgnoreCase("__AllParameterSets")) {
                return Set.of();
            }
            sets.add(set.toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(sets);
    }
}
