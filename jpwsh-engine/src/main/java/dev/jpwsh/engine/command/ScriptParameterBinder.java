package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a command line to a script block's parameters and defines them as variables in the call's frame:
 * named arguments first (prefixes and aliases allowed), then positional ones in order, then defaults.
 * Leftovers become {@code $args} for a simple function and an error for an advanced one.
 */
public final class ScriptParameterBinder {
    private static final String METADATA_EXCEPTION = "System.Management.Automation.MetadataException";

    private ScriptParameterBinder() {
    }

    /**
     * Binds {@code args}, defining the parameters and the call's other variables in {@code frame}'s scope;
     * {@code pipelineBound} names parameters that pipeline input will set.
     */
    public static void bind(ScriptBlock block, Frame frame, List<CommandArgument> args, List<String> pipelineBound) {
        frame.scope().defer(binding(block, frame, args, pipelineBound));
    }

    /**
     * Binds {@code args} and defines the parameters in {@code frame}'s scope; the other variables of the call are
     * returned for the caller to complete and {@linkplain dev.jpwsh.engine.scope.Scope#defer defer} there.
     */
    static CallVariables binding(ScriptBlock block, Frame frame, List<CommandArgument> args,
            List<String> pipelineBound) {
        if (block.body().positional().plain() && onlyValues(args)) {
            Object[] values = new Object[args.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = args.get(i).value();
            }
            return bindPositionally(block, frame, values, pipelineBound);
        }
        return bindGeneral(block, frame, args, pipelineBound);
    }

    /**
     * {@link #binding} for every call the positional fast path does not take: named arguments (prefixes, aliases,
     * common parameters), parameter sets, remaining arguments, and, through a {@link ScriptCommandBinding} made only
     * for commands that declare them, -WhatIf/-Confirm, paging and dynamic parameters.
     */
    private static CallVariables bindGeneral(ScriptBlock block, Frame frame, List<CommandArgument> args,
            List<String> pipelineBound) {
        List<ParameterSpec> parameters = block.body().parameters();
        checkAliases(parameters);
        boolean advanced = block.body().cmdletBinding();
        boolean automaticPositions = block.body().options().positionalBinding();
        ScriptCommandBinding special = ScriptCommandBinding.forCall(block.body());
        Object[] values = new Object[parameters.size()];
        boolean[] bound = new boolean[parameters.size()];
        int[] bindingOrder = new int[parameters.size()];
        int boundCount = 0;
        List<Object> positional = new ArrayList<>(args.size());
        // each positional value's number text (0x10, 2.0), beside it; conversions to text use it, as pwsh's TokenText
        List<String> positionalText = new ArrayList<>(args.size());
        List<Object> extra = new ArrayList<>(0);
        for (int i = 0; i < args.size(); i++) {
            CommandArgument arg = args.get(i);
            if (!arg.isParameter()) {
                positional.add(arg.value());
                positionalText.add(numberText(arg));
                continue;
            }
            int index = find(parameters, arg.parameterName());
            if (index >= 0 && bound[index]) {
                throw arg.pointedAt(error("ParameterAlreadyBound", "Cannot bind parameter because parameter '"
                        + parameters.get(index).name() + "' is specified more than once. To provide multiple values "
                        + "to parameters that can accept multiple values, use the array syntax. For example, "
                        + "\"-parameter value1,value2,value3\"."));
            }
            int taken = index < 0 && special != null ? special.take(args, i, positional.size(), frame) : -1;
            if (taken >= 0) {
                i += taken;
                continue;
            }
            if (index < 0 && advanced && !CommonParameters.isCommon(arg.parameterName())
                    && takesRemaining(parameters)) {
                positional.add(new UnboundNamed(arg));
                positionalText.add(null);
                continue;
            }
            if (index < 0) {
                if (advanced && (!CommonParameters.isCommon(arg.parameterName())
                        || CommonParameters.isShouldProcess(arg.parameterName())
                        && !block.body().options().supportsShouldProcess())) {
                    throw arg.pointedAt(error("NamedParameterNotFound", "A parameter cannot be found that matches "
                            + "parameter name '" + arg.parameterName() + "'."));
                }
                if (advanced) {
                    CommonParameters.apply(frame, arg, i + 1 < args.size() ? args.get(i + 1) : null);
                    if (!arg.hasValue() && CommonParameters.takesValue(arg.parameterName()) && i + 1 < args.size()) {
                        i++;
                    }
                    continue;
                }
                extra.add(arg.asPlainArgument());
                if (!arg.hasValue() && i + 1 < args.size() && !args.get(i + 1).isParameter()) {
                    extra.add(args.get(++i).value());
                }
                continue;
            }
            ParameterSpec p = parameters.get(index);
            Object value;
            String text = null;
            if (arg.hasValue()) {
                value = arg.value();
            } else if (p.isSwitch()) {
                value = true;
            } else if (i + 1 < args.size() && !args.get(i + 1).isParameter()) {
                value = args.get(++i).value();
                text = numberText(args.get(i));
            } else {
                throw arg.pointedAt(error("MissingArgument", "Missing an argument for parameter '" + p.name() + "'. Specify a "
                        + "parameter of type '" + typeName(p, frame) + "' and try again."));
            }
            values[index] = convert(p, value, text, frame);
            bound[index] = true;
            bindingOrder[boundCount++] = index;
        }
        List<java.util.Map.Entry<String, Object>> dynamic = special == null ? List.of()
                : special.finish(frame, parameters, values, bound, positional);
        int rest = -1;
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).fromRemainingArguments() && !bound[i]) {
                rest = i;
            }
        }
        List<Object> remaining = rest < 0 ? List.of() : new ArrayList<>();
        for (int p = 0; p < positional.size(); p++) {
            Object value = positional.get(p);
            if (value instanceof UnboundNamed named) {
                if (rest < 0) {
                    throw named.argument().pointedAt(error("NamedParameterNotFound", "A parameter cannot be found that "
                            + "matches parameter name '" + named.argument().parameterName() + "'."));
                }
                named.addTo(remaining);
                continue;
            }
            int index = nextPositional(parameters, bound, automaticPositions);
            if (index < 0 && rest >= 0) {
                remaining.add(value);
                continue;
            }
            if (index < 0) {
                if (advanced) {
                    throw error("PositionalParameterNotFound", "A positional parameter cannot be found that accepts "
                            + "argument '" + LanguagePrimitives.toString(value) + "'.");
                }
                extra.add(value);
                continue;
            }
            // dynamic parameters may have taken positional values, leaving the texts out of step
            String text = special == null ? positionalText.get(p) : null;
            values[index] = convert(parameters.get(index), value, text, frame);
            bound[index] = true;
            bindingOrder[boundCount++] = index;
        }
        if (!remaining.isEmpty()) {
            // one collection left over binds as itself, as pwsh does ({@code f @(1, 2)} is not an array in an array)
            Object leftOver = remaining.size() == 1
                    && dev.jpwsh.runtime.object.Enumeration.isEnumerable(remaining.getFirst()) ? remaining.getFirst()
                    : remaining.toArray();
            values[rest] = convert(parameters.get(rest), leftOver, frame);
            bound[rest] = true;
            bindingOrder[boundCount++] = rest;
        }
        String parameterSet = parameterSet(parameters, bound, block.body().defaultParameterSet());
        define(parameters, values, bound, parameterSet, pipelineBound, frame);
        Object[] boundValues = new Object[boundCount];
        for (int i = 0; i < boundCount; i++) {
            boundValues[i] = values[bindingOrder[i]];
        }
        CallVariables call = new CallVariables(parameters, bindingOrder, boundValues, boundCount,
                extra.isEmpty() ? NO_EXTRA_ARGUMENTS : extra.toArray(), parameterSet);
        for (java.util.Map.Entry<String, Object> d : dynamic) {
            call.boundParameters().put(d.getKey(), d.getValue());
        }
        return call;
    }

    /**
     * A named argument of an advanced function that matches no parameter while one takes the remaining arguments: it
     * goes there, in its place among the values, as its text ({@code -Name}, or {@code -Name:} with its value after).
     */
    record UnboundNamed(CommandArgument argument) {
        void addTo(List<Object> remaining) {
            remaining.add("-" + argument.parameterName() + (argument.hasValue() ? ":" : ""));
            if (argument.hasValue()) {
                remaining.add(argument.value());
            }
        }
    }

    private static boolean takesRemaining(List<ParameterSpec> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).fromRemainingArguments()) {
                return true;
            }
        }
        return false;
    }

    /** {@code $args} of a call that has no arguments left over; empty, so nothing can change it. */
    private static final Object[] NO_EXTRA_ARGUMENTS = {};

    /**
     * {@link #binding} for the commonest call: a block whose shape is {@linkplain PositionalShape#plain plain} given
     * the values {@code args} only. Each value goes to the next positional parameter, as the general path would bind
     * it, and the values left over are {@code $args}. {@code args} becomes the call's: the bound values, converted,
     * replace the first ones, and it is {@code $args} itself when no parameter is positional.
     */
    static CallVariables bindPositionally(ScriptBlock block, Frame frame, Object[] args, List<String> pipelineBound) {
        if (!bindAsGiven(block, frame, args)) {
            bindValues(block, frame, args, pipelineBound);
        }
        return positionalVariables(block, args);
    }

    /**
     * What {@link #bindPositionally} does to the scope when {@link #bindAsGiven} cannot: the values converted in place
     * and the parameters defined, without the call's other variables.
     */
    static void bindValues(ScriptBlock block, Frame frame, Object[] args, List<String> pipelineBound) {
        List<ParameterSpec> parameters = block.body().parameters();
        PositionalShape shape = block.body().positional();
        int[] order = shape.order();
        int boundCount = Math.min(args.length, order.length);
        for (int i = 0; i < boundCount; i++) {
            args[i] = convert(parameters.get(order[i]), args[i], frame);
        }
        String parameterSet = ParameterSetResolver.chosenWithoutSets(block.body().defaultParameterSet());
        List<String> missing = null;
        for (int i = 0; i < parameters.size(); i++) {
            int rank = shape.rank(i);
            boolean bound = rank < boundCount;
            missing = define(parameters.get(i), bound ? args[rank] : null, bound, parameterSet, pipelineBound, frame,
                    missing);
        }
        failIfMissing(missing);
    }

    /**
     * {@link #bindValues} for a {@linkplain PositionalShape#bare bare} block given a value for each parameter: the
     * parameters defined with the values as they are. False, having done nothing, for any other call.
     */
    static boolean bindAsGiven(ScriptBlock block, Frame frame, Object[] args) {
        PositionalShape shape = block.body().positional();
        if (!shape.bare() || args.length < shape.positionalCount()) {
            return false;
        }
        List<ParameterSpec> parameters = block.body().parameters();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterSpec p = parameters.get(i);
            frame.setLocal(p.key(), p.name(), args[shape.rank(i)]);
        }
        return true;
    }

    /** The other variables of a call whose values {@link #bindValues} bound. */
    static CallVariables positionalVariables(ScriptBlock block, Object[] args) {
        int[] order = block.body().positional().order();
        int boundCount = Math.min(args.length, order.length);
        Object[] extra = args.length <= boundCount ? NO_EXTRA_ARGUMENTS
                : boundCount == 0 ? args : java.util.Arrays.copyOfRange(args, boundCount, args.length);
        return new CallVariables(block.body().parameters(), order, args, boundCount, extra,
                ParameterSetResolver.chosenWithoutSets(block.body().defaultParameterSet()));
    }

    /** Whether every argument is a plain value that binds as its value (not a number whose text counts too). */
    private static boolean onlyValues(List<CommandArgument> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).isParameter() || numberText(args.get(i)) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * pwsh's check of a command's metadata when it is called: no parameter may be named as another's alias
     * (ParameterNameConflictsWithAlias) and no alias given twice (AliasParameterNameAlreadyExistsForCommand), both
     * MetadataExceptions. Parameters are taken in order, each name before its aliases, as pwsh merges them.
     */
    private static void checkAliases(List<ParameterSpec> parameters) {
        if (parameters.stream().allMatch(p -> p.aliases().isEmpty())) {
            return;
        }
        java.util.Map<String, String> names = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        java.util.Map<String, String> aliases = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ParameterSpec p : parameters) {
            if (aliases.containsKey(p.name())) {
                throw aliasConflict(p.name(), aliases.get(p.name()));
            }
            names.put(p.name(), p.name());
            for (String alias : p.aliases()) {
                if (aliases.containsKey(alias)) {
                    throw RuntimeFailures.create("AliasParameterNameAlreadyExistsForCommand", "MetadataError", "The "
                            + "parameter alias cannot be specified because an alias with the name '" + alias + "' was "
                            + "already defined multiple times for the command.", null, METADATA_EXCEPTION);
                }
                if (names.containsKey(alias)) {
                    throw aliasConflict(names.get(alias), p.name());
                }
                aliases.put(alias, p.name());
            }
        }
    }

    private static PSException aliasConflict(String parameter, String aliasOwner) {
        return RuntimeFailures.create("ParameterNameConflictsWithAlias", "MetadataError", "The parameter '" + parameter
                + "' cannot be specified because it conflicts with the parameter alias of the same name for parameter '"
                + aliasOwner + "'.", null, METADATA_EXCEPTION);
    }

    /**
     * Defines every parameter in {@code frame}'s scope: a bound one with its value, once validated; another with its
     * default, unless it is mandatory in the chosen set and no pipeline input will bind it, which is an error.
     */
    private static void define(List<ParameterSpec> parameters, Object[] values, boolean[] bound, String parameterSet,
            List<String> pipelineBound, Frame frame) {
        List<String> missing = null;
        for (int i = 0; i < parameters.size(); i++) {
            missing = define(parameters.get(i), values[i], bound[i], parameterSet, pipelineBound, frame, missing);
        }
        failIfMissing(missing);
    }

    /**
     * Defines parameter {@code p}, with {@code value} when {@code bound}; returns {@code missing}, the names of the
     * mandatory parameters found unbound so far, with {@code p}'s added when it is one.
     */
    private static List<String> define(ParameterSpec p, Object value, boolean bound, String parameterSet,
            List<String> pipelineBound, Frame frame, List<String> missing) {
        if (bound) {
            validate(p, value, frame);
            frame.setLocal(p.key(), p.name(), value);
            return missing;
        }
        frame.setLocal(p.key(), p.name(), defaultValue(p, frame));
        if (p.mandatory() && !pipelineBound.contains(p.name()) && p.isIn(parameterSet)) {
            List<String> names = missing == null ? new ArrayList<>() : missing;
            names.add(p.name());
            return names;
        }
        return missing;
    }

    private static void failIfMissing(List<String> missing) {
        if (missing != null) {
            throw error("MissingMandatoryParameter", "Cannot process command because of one or more missing "
                    + "mandatory parameters: " + String.join(" ", missing) + ".");
        }
    }

    /** The variable holding the parameter set the binding chose, for {@code $PSCmdlet.ParameterSetName}. */
    public static final String PARAMETER_SET = "__ParameterSetName";

    /** Whether any parameter names a set; most functions' do not, and their binding skips set resolution. */
    private static boolean namesAnySet(List<ParameterSpec> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            if (!parameters.get(i).parameterSets().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The parameter set the bound parameters select; see {@link ParameterSetResolver}. */
    private static String parameterSet(List<ParameterSpec> parameters, boolean[] bound, String defaultSet) {
        if (!namesAnySet(parameters)) {
            return ParameterSetResolver.chosenWithoutSets(defaultSet);
        }
        ParameterSetResolver sets = new ParameterSetResolver(ParameterSetResolver.declaredSets(
                parameters.stream().map(ParameterSpec::parameterSets).toList()), defaultSet);
        for (int i = 0; i < parameters.size(); i++) {
            if (bound[i]) {
                sets.bound(parameters.get(i).parameterSets());
            }
        }
        return sets.chosen();
    }

    /** Mandatory parameters refuse null and empty strings; then each [Validate*()] attribute checks the value. */
    private static void validate(ParameterSpec p, Object value, Frame frame) {
        if (p.mandatory()) {
            Validation.checkMandatory(p, value);
        }
        for (Validation v : p.validations()) {
            String failure = v.check(frame, value);
            if (failure != null) {
                throw Validation.failed(p.name(), failure, value);
            }
        }
    }

    /** Binds one pipeline input object to the parameters that take pipeline input. */
    public static void bindPipelineInput(ScriptBlock block, Frame frame, Object input) {
        for (ParameterSpec p : block.body().parameters()) {
            if (p.fromPipeline()) {
                if (input == null && p.mandatory()) {
                    validate(p, null, frame);
                }
                frame.setLocal(p.key(), p.name(), convert(p, input, frame));
                ((PSHashtable) frame.variable(CallVariables.BOUND_PARAMETERS)).put(p.name(), input);
            } else if (p.fromPipelineByPropertyName()) {
                Object value = MemberGate.get(frame.context(), input, p.name());
                for (int a = 0; value == null && a < p.aliases().size(); a++) {
                    value = MemberGate.get(frame.context(), input, p.aliases().get(a));
                }
                if (value != null) {
                    frame.setLocal(p.key(), p.name(), convert(p, value, frame));
                }
            }
        }
    }

    /** Names of the parameters pipeline input can fill. */
    public static List<String> pipelineParameters(ScriptBlock block) {
        return block.body().parameters().stream().filter(p -> p.fromPipeline() || p.fromPipelineByPropertyName())
                .map(ParameterSpec::name).toList();
    }

    private static int find(List<ParameterSpec> parameters, String written) {
        int match = -1;
        for (int i = 0; i < parameters.size(); i++) {
            ParameterSpec p = parameters.get(i);
            if (p.isExactly(written)) {
                return i;
            }
            if (p.matches(written)) {
                if (match >= 0) {
                    throw error("AmbiguousParameter", "Parameter cannot be processed because the parameter name '"
                            + written + "' is ambiguous. Possible matches include:" + parameters.stream()
                            .filter(q -> q.matches(written)).map(q -> " -" + q.name())
                            .collect(java.util.stream.Collectors.joining()) + ".");
                }
                match = i;
            }
        }
        return match;
    }

    /**
     * The next unbound positional parameter: explicit positions in order, then undeclared ones in order unless
     * {@code automaticPositions} is false ({@code PositionalBinding=$false}) or {@linkplain #customPositions some
     * parameter names a position or a set}. A parameter taking the remaining arguments is never positional.
     */
    static int nextPositional(List<ParameterSpec> parameters, boolean[] bound, boolean automaticPositions) {
        automaticPositions &= !customPositions(parameters);
        int best = -1;
        for (int i = 0; i < parameters.size(); i++) {
            ParameterSpec p = parameters.get(i);
            if (bound[i] || p.isSwitch() || p.position() == Integer.MAX_VALUE || p.fromRemainingArguments()
                    || !automaticPositions && p.position() >= 1000) {
                continue;
            }
            if (best < 0 || p.position() < parameters.get(best).position()) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether a parameter names a position or a parameter set, which makes pwsh give the others no automatic position
     * (they are named only), as its compiler assigns positions only when no parameter did.
     */
    static boolean customPositions(List<ParameterSpec> parameters) {
        for (ParameterSpec p : parameters) {
            if (p.position() < 1000 || !p.parameterSets().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Object defaultValue(ParameterSpec p, Frame frame) {
        if (p.defaultValue() != null) {
            return convert(p, p.defaultValue().eval(frame), frame);
        }
        if (p.isSwitch()) {
            return false;
        }
        if (p.type() == null) {
            return null;
        }
        Class<?> type = p.type().type(frame);
        return type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class
                ? Conversions.convert(null, type) : null;
    }

    /** The text a number argument was written as when its value prints otherwise ({@code 2.0}, {@code 0x10}). */
    private static String numberText(CommandArgument arg) {
        return arg.spelling() == null ? null : arg.spelling().numberText();
    }

    /**
     * {@link #convert(ParameterSpec, Object, Frame)} of a number written as {@code numberText} (null for any other
     * argument): a conversion to a type that is neither text nor a number takes that text, as pwsh converts a number
     * literal through its token's text ({@code [version]} given {@code 2.0} is 2.0, not 2); a [string] parameter
     * takes the number's own text, as pwsh gives it ({@code 1.0} arrives as 1).
     */
    private static Object convert(ParameterSpec p, Object value, String numberText, Frame frame) {
        if (numberText != null && value instanceof Number && p.type() != null) {
            Class<?> type = p.type().type(frame);
            if (!type.isInstance(value) && !Number.class.isAssignableFrom(type) && type != Boolean.class
                    && type != dev.jpwsh.runtime.object.PSObject.class && type != String.class && type != Character.class && !type.isEnum() && !type.isArray()) {
                return convert(p, numberText, frame);
            }
        }
        return convert(p, value, frame);
    }

    private static Object convert(ParameterSpec p, Object value, Frame frame) {
        if (p.type() == null) {
            return value;
        }
        try {
            Class<?> type = p.type().type(frame);
            return MemberGate.convert(frame.context(), value, type, java.util.List.of());
        } catch (PSException e) {
            throw error("ParameterArgumentTransformationError", "Cannot process argument transformation on "
                    + "parameter '" + p.name() + "'. " + e.getMessage());
        }
    }

    private static String typeName(ParameterSpec p, Frame frame) {
        return p.type() == null ? "System.Object" : TypeNames.of(p.type().type(frame));
    }

    private static PSException error(String id, String message) {
        return RuntimeFailures.parameterBinding(id, message);
    }
}
