package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.languagemode.MemberGate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * How one Java cmdlet call binds each pipeline object, as pwsh's binder does. Before each object the parameters the
 * previous one bound get back the values they had after argument binding. Then, in the parameter sets the
 * arguments left open, the object is offered to the parameters in pwsh's four rounds: by value as it is, by property
 * name as it is, by value converted, by property name converted (a property by the parameter's name or an alias),
 * each round trying the default set's parameters first. Each parameter bound closes the sets it is not in, and the
 * set left is the record's parameter set. An object no parameter takes is pwsh's non-terminating InputObjectNotBound
 * error. One instance serves one call, on the thread that runs the pipeline.
 */
final class PipelineInputBinding {
    /**
     * Sets {@code parameter} to {@code value}, converting when {@code convert}; false when it does not take it
     * unconverted; a PSException when it refuses it.
     */
    interface Binder {
        boolean bind(CmdletParameter parameter, Object value, boolean convert);
    }

    /** One parameter that may take input: its field index, its property names, its value before any input. */
    private record Target(int index, CmdletParameter parameter, List<String> names, Object initial) {
    }

    private final Frame frame;
    private final Cmdlet cmdlet;
    private final List<Target> targets = new ArrayList<>();
    private final ParameterSetResolver argumentSets;
    private final Binder binder;
    /** Why a parameter refused the current object, the last one that did; null when none did. */
    private PSException refusal;
    /** Which targets the current object bound (by position in {@link #targets}). */
    private final boolean[] boundNow;

    /**
     * {@code initial}: a parameter's value once arguments are bound; {@code unbound}: whether a field index is free
     * for input.
     */
    PipelineInputBinding(Frame frame, Cmdlet cmdlet, List<CmdletParameter> fields, IntPredicate unbound,
            IntFunction<Object> initial, ParameterSetResolver argumentSets, Binder binder) {
        this.frame = frame;
        this.cmdlet = cmdlet;
        this.argumentSets = argumentSets;
        this.binder = binder;
        for (int i = 0; i < fields.size(); i++) {
            CmdletParameter f = fields.get(i);
            if (unbound.test(i) && f.declarations().stream().anyMatch(d -> argumentSets.isOpen(d.parameterSetName())
                    && (d.valueFromPipeline() || d.valueFromPipelineByPropertyName()))) {
                targets.add(new Target(i, f, f.propertyNames(), initial.apply(i)));
            }
        }
        this.boundNow = new boolean[targets.size()];
    }

    /** True when no parameter takes pipeline input: each object then just runs the cmdlet's process step. */
    boolean isEmpty() {
        return targets.isEmpty();
    }

    /**
     * {@return the one parameter, in every set, that takes each object by value and none by property name, or null
     * when binding is not that simple}: every object then binds to it, converted, and the set never changes.
     */
    CmdletParameter singleByValue() {
        if (targets.size() != 1) {
            return null;
        }
        CmdletParameter parameter = targets.getFirst().parameter();
        boolean simple = parameter.sets().isEmpty() && parameter.declarations().stream()
                .allMatch(d -> d.valueFromPipeline() && !d.valueFromPipelineByPropertyName());
        return simple ? parameter : null;
    }

    /**
     * Binds {@code input}; {@return the parameter set it leaves chosen}
     * @throws PSException InputObjectNotBound when no parameter takes it
     */
    String bind(Object input) {
        for (int t = 0; t < targets.size(); t++) {
            if (boundNow[t]) {
                Target target = targets.get(t);
                target.parameter().setter().set(cmdlet, target.initial());
                boundNow[t] = false;
            }
        }
        ParameterSetResolver sets = argumentSets.copy();
        refusal = null;
        boolean any = false;
        for (int round = 0; round < 4; round++) {
            boolean byValue = round % 2 == 0;
            boolean convert = round >= 2;
            for (boolean defaultSetOnly : new boolean[] {true, false}) {
                if (defaultSetOnly && !sets.isDefaultOpen()) {
                    continue;
                }
                for (int t = 0; t < targets.size(); t++) {
                    if (!boundNow[t] && offer(targets.get(t), input, sets, byValue, convert, defaultSetOnly)) {
                        boundNow[t] = true;
                        any = true;
                    }
                }
            }
        }
        if (!any && refusal != null) {
            throw refusal;
        }
        if (!any) {
            throw RuntimeFailures.parameterBinding("InputObjectNotBound", "The input object cannot be bound to any "
                    + "parameters for the command either because the command does not take pipeline input or the "
                    + "input and its properties do not match any of the parameters that take pipeline input.");
        }
        return sets.chosen();
    }

    private boolean offer(Target target, Object input, ParameterSetResolver sets, boolean byValue, boolean convert,
            boolean defaultSetOnly) {
        CmdletParameter parameter = target.parameter();
        boolean declared = parameter.declarations().stream().anyMatch(d -> sets.isOpen(d.parameterSetName())
                && (byValue ? d.valueFromPipeline() : d.valueFromPipelineByPropertyName())
                && (!defaultSetOnly || d.parameterSetName().isEmpty()
                        || d.parameterSetName().equalsIgnoreCase(sets.defaultSet())));
        if (!declared) {
            return false;
        }
        Object value = byValue ? input : property(input, target.names());
        if (!byValue && value == null) {
            return false;
        }
        try {
            if (!binder.bind(parameter, value, convert)) {
                return false;
            }
        } catch (PSException e) {
            refusal = e;
            return false;
        }
        sets.bound(parameter.sets());
        return true;
    }

    private Object property(Object input, List<String> names) {
        for (String name : names) {
            Object value = MemberGate.get(frame.context(), input, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
