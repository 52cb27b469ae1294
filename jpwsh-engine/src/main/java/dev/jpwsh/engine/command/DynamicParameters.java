package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.engine.types.Conversions;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds the parameters a {@code dynamicparam} block declares. As in pwsh, the block runs once the named arguments of
 * the declared parameters are bound (it sees them as variables and in {@code $PSBoundParameters}) and returns a
 * {@link RuntimeParameters.Dictionary} (or a script class's object whose properties carry {@code [Parameter()]}, which
 * then receive the values); the named arguments no declared parameter took then bind to its parameters,
 * converted to their types and checked by their validation attributes. The values are set on the
 * {@link RuntimeParameters.Parameter} objects and go into {@code $PSBoundParameters}; they are not variables.
 */
final class DynamicParameters {
    private DynamicParameters() {
    }

    /**
     * A named argument waiting for the dynamic parameters: {@code value} is the argument after it when
     * {@code tookNext}, which goes back to the positional values ({@code positionalIndex} places it) if the parameter
     * turns out to be a switch.
     */
    record Pending(CommandArgument argument, Object value, boolean tookNext, int positionalIndex) {
    }

    /**
     * What the block declared: its dictionary, or the one made from the object it returned, whose properties then
     * take the bound values ({@code target}, null for a dictionary).
     */
    private record Declared(RuntimeParameters.Dictionary parameters, Object target) {
    }

    /**
     * Binds the pending named arguments, then the positional values after the first {@code staticSlots} (which the
     * declared parameters take) to the dynamic parameters that have a Position, in position order; the values they
     * take leave {@code positional}.
     */
    static List<Map.Entry<String, Object>> bind(Frame frame, Stmt block, List<Pending> pending,
            List<Object> positional, int staticSlots) {
        Declared found = run(frame, block);
        RuntimeParameters.Dictionary declared = found.parameters();
        List<Map.Entry<String, Object>> bound = new ArrayList<>();
        int returned = 0;
        for (Pending p : pending) {
            RuntimeParameters.Parameter parameter = find(declared, p.argument());
            Object value;
            if (parameter.isSwitch()) {
                value = !p.argument().hasValue() || dev.jpwsh.runtime.convert.LanguagePrimitives.isTrue(
                        p.argument().value());
                if (p.tookNext()) {
                    positional.add(p.positionalIndex() + returned++, p.value());
                }
            } else if (p.argument().hasValue() || p.tookNext()) {
                value = convert(parameter, p.argument().hasValue() ? p.argument().value() : p.value());
            } else {
                throw p.argument().pointedAt(RuntimeFailures.parameterBinding("MissingArgument", "Missing an argument "
                        + "for parameter '" + parameter.getName() + "'. Specify a parameter of type '"
                        + dev.jpwsh.runtime.object.TypeNames.of(parameter.getParameterType()) + "' and try again."));
            }
            bind(frame, found, parameter, value, bound);
        }
        List<RuntimeParameters.Parameter> byPosition = positionalParameters(declared);
        int seen = 0;
        for (int i = 0; i < positional.size() && !byPosition.isEmpty(); i++) {
            Object value = positional.get(i);
            if (value instanceof ScriptParameterBinder.UnboundNamed || seen++ < staticSlots) {
                continue;
            }
            RuntimeParameters.Parameter parameter = byPosition.removeFirst();
            bind(frame, found, parameter, convert(parameter, value), bound);
            positional.remove(i--);
        }
        checkMandatory(declared);
        if (found.target() != null) {
            for (Map.Entry<String, Object> b : bound) {
                dev.jpwsh.engine.types.Members.set(found.target(), b.getKey(), b.getValue(),
                        dev.jpwsh.engine.types.MemberGuard.NONE);
            }
        }
        return bound;
    }

    /**
     * What the block declares when run with no parameters bound, as Get-Command lists it; nothing when the block
     * fails.
     */
    static List<ParameterDeclaration> declarations(Frame frame, Stmt block) {
        frame.setLocal(CallVariables.BOUND_PARAMETERS, "PSBoundParameters",
                new dev.jpwsh.runtime.object.PSHashtable());
        RuntimeParameters.Dictionary declared;
        try {
            declared = run(frame, block).parameters();
        } catch (PSException failed) {
            return List.of();
        }
        List<ParameterDeclaration> found = new ArrayList<>();
        for (Object value : declared.values()) {
            if (value instanceof RuntimeParameters.Parameter p) {
                RuntimeParameters.ParameterAttribute a = p.declaration();
                List<String> aliases = new ArrayList<>();
                for (Object attribute : p.getAttributes()) {
                    if (attribute instanceof RuntimeParameters.AliasAttribute alias) {
                        aliases.addAll(alias.getAliasNames());
                    }
                }
                ParameterDeclaration.InSet in = a == null
                        ? new ParameterDeclaration.InSet("", ParameterDeclaration.NAMED, false, false, false, false)
                        : new ParameterDeclaration.InSet(a.getParameterSetName().equals("__AllParameterSets") ? ""
                                : a.getParameterSetName(), a.getPosition(), a.getMandatory(), a.getValueFromPipeline(),
                                a.getValueFromPipelineByPropertyName(), a.getValueFromRemainingArguments(),
                                a.getHelpMessage());
                found.add(new ParameterDeclaration(p.getName(), p.getParameterType(),
                        p.isSwitch() ? "switch" : ParameterTypeNames.of(p.getParameterType()), p.isSwitch(),
                        List.copyOf(aliases), List.of(in)));
            }
        }
        return found;
    }

    /** Checks and sets one dynamic parameter's value, and adds it to {@code bound}. */
    private static void bind(Frame frame, Declared found, RuntimeParameters.Parameter parameter, Object value,
            List<Map.Entry<String, Object>> bound) {
        validate(frame, parameter, value);
        if (found.target() != null) {
            for (ParameterSpec spec : dev.jpwsh.engine.classes.ClassRuntime.parameterProperties(
                    found.target().getClass())) {
                if (spec.name().equalsIgnoreCase(parameter.getName())) {
                    check(frame, parameter.getName(), spec.validations(), value);
                }
            }
        }
        parameter.setValue(value);
        bound.add(new AbstractMap.SimpleEntry<>(parameter.getName(), value));
    }

    /** The unset parameters with a Position, lowest first. */
    private static List<RuntimeParameters.Parameter> positionalParameters(RuntimeParameters.Dictionary declared) {
        List<RuntimeParameters.Parameter> found = new ArrayList<>();
        for (Object value : declared.values()) {
            if (value instanceof RuntimeParameters.Parameter p && !p.getIsSet() && !p.isSwitch()
                    && p.declaration() != null && p.declaration().getPosition() >= 0) {
                found.add(p);
            }
        }
        found.sort(java.util.Comparator.comparingInt(p -> p.declaration().getPosition()));
        return found;
    }

    /**
     * Runs the block and takes what it writes last: a RuntimeDefinedParameterDictionary, or an object of a script
     * class whose properties carry {@code [Parameter()]}, which declares those properties as the parameters, as pwsh
     * binds such an object by reflection; nothing declares nothing.
     */
    private static Declared run(Frame frame, Stmt block) {
        List<Object> output = new ArrayList<>();
        try {
            block.exec(frame, output::add);
        } catch (dev.jpwsh.engine.exec.FlowSignal.Return done) {
            // return $dictionary ends the block; its value was written
            done.writeCarried(output::add);
        }
        Declared found = new Declared(new RuntimeParameters.Dictionary(), null);
        for (Object item : output) {
            if (item instanceof RuntimeParameters.Dictionary dictionary) {
                found = new Declared(dictionary, null);
            } else if (item != null && !dev.jpwsh.engine.classes.ClassRuntime.parameterProperties(item.getClass())
                    .isEmpty()) {
                found = new Declared(fromProperties(frame, item), item);
            }
        }
        return found;
    }

    /** The parameters the {@code [Parameter()]} properties of a script class's object declare. */
    private static RuntimeParameters.Dictionary fromProperties(Frame frame, Object target) {
        RuntimeParameters.Dictionary declared = new RuntimeParameters.Dictionary();
        for (ParameterSpec spec : dev.jpwsh.engine.classes.ClassRuntime.parameterProperties(target.getClass())) {
            RuntimeParameters.ParameterAttribute attribute = new RuntimeParameters.ParameterAttribute();
            attribute.setMandatory(spec.mandatory());
            attribute.setValueFromPipeline(spec.fromPipeline());
            attribute.setValueFromPipelineByPropertyName(spec.fromPipelineByPropertyName());
            attribute.setValueFromRemainingArguments(spec.fromRemainingArguments());
            if (!spec.parameterSets().isEmpty()) {
                attribute.setParameterSetName(spec.parameterSets().getFirst());
            }
            if (spec.position() < 1000) {
                attribute.setPosition(spec.position());
            }
            List<Object> attributes = new ArrayList<>(List.of(attribute));
            if (!spec.aliases().isEmpty()) {
                attributes.add(new RuntimeParameters.AliasAttribute(spec.aliases().toArray()));
            }
            Class<?> type = spec.isSwitch() ? Boolean.class
                    : spec.type() == null ? Object.class : spec.type().type(frame);
            declared.Add(spec.name(), new RuntimeParameters.Parameter(spec.name(), type, attributes));
        }
        return declared;
    }

    private static RuntimeParameters.Parameter find(RuntimeParameters.Dictionary declared, CommandArgument arg) {
        RuntimeParameters.Parameter match = null;
        for (Object value : declared.values()) {
            if (value instanceof RuntimeParameters.Parameter p && p.matches(arg.parameterName())) {
                if (p.getName().equalsIgnoreCase(arg.parameterName())) {
                    return p;
                }
                if (match != null) {
                    throw arg.pointedAt(RuntimeFailures.parameterBinding("AmbiguousParameter", "Parameter cannot be "
                            + "processed because the parameter name '" + arg.parameterName() + "' is ambiguous."));
                }
                match = p;
            }
        }
        if (match == null) {
            throw arg.pointedAt(RuntimeFailures.parameterBinding("NamedParameterNotFound", "A parameter cannot be "
                    + "found that matches parameter name '" + arg.parameterName() + "'."));
        }
        return match;
    }

    private static Object convert(RuntimeParameters.Parameter parameter, Object value) {
        try {
            return Conversions.convert(value, parameter.getParameterType());
        } catch (PSException e) {
            throw RuntimeFailures.parameterBinding("ParameterArgumentTransformationError", "Cannot process argument "
                    + "transformation on parameter '" + parameter.getName() + "'. " + e.getMessage());
        }
    }

    private static void validate(Frame frame, RuntimeParameters.Parameter parameter, Object value) {
        List<Validation> validations = new ArrayList<>();
        for (Object attribute : parameter.getAttributes()) {
            if (attribute instanceof RuntimeParameters.ValidationAttribute v) {
                validations.add(v.validation());
            }
        }
        check(frame, parameter.getName(), validations, value);
    }

    private static void check(Frame frame, String name, List<Validation> validations, Object value) {
        for (Validation validation : validations) {
            String failure = validation.check(frame, value);
            if (failure != null) {
                throw Validation.failed(name, failure, value);
            }
        }
    }

    /** A mandatory dynamic parameter left unbound is an error, as a declared one is. */
    private static void checkMandatory(RuntimeParameters.Dictionary declared) {
        List<String> missing = new ArrayList<>();
        for (Object value : declared.values()) {
            if (value instanceof RuntimeParameters.Parameter p && !p.getIsSet() && p.declaration() != null
                    && p.declaration().getMandatory()) {
                missing.add(p.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw RuntimeFailures.parameterBinding("MissingMandatoryParameter", "Cannot process command because of "
                    + "one or more missing mandatory parameters: " + String.join(" ", missing) + ".");
        }
    }
}
