package dev.jpwsh.engine.command;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.TypeNames;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A Java cmdlet in a pipeline: binds its parameter fields, then forwards begin, process and end. */
public final class CmdletProcessor implements CommandProcessor {
    /** What a cmdlet class declares: its parameter fields, the sets they name, and its default set (or null). */
    private record Declared(List<CmdletParameter> fields, List<String> sets, String defaultSet) {
    }

    /** A parameter (by field index) with its declaration in the set that matters: for a position, or for input. */
    private record Candidate(int index, Parameter declaration) {
    }

    private static final Map<Class<?>, Declared> DECLARED = new ConcurrentHashMap<>();

    private final Cmdlet cmdlet;
    private final CmdletInfo info;
    private final Frame frame;
    private final Frame caller;
    private final List<CommandArgument> args;
    private final Declared declared;
    private final List<CmdletParameter> fields;
    private final boolean[] bound;
    private final boolean takesInput;
    /** The parameter set the arguments chose; set in {@link #begin}. */
    private String parameterSet;
    /** The sets the arguments left open; set in {@link #begin}. */
    private ParameterSetResolver argumentSets;
    /** How each pipeline object binds; set in {@link #begin}. */
    private PipelineInputBinding input;
    /** The one parameter every pipeline object binds to by value, when the binding is that simple, else null. */
    private CmdletParameter singleInput;

    /**
     * {@code takesInput} is false for the first command of a pipeline, whose mandatory pipeline parameters must then
     * be bound by arguments.
     */
    public CmdletProcessor(CmdletInfo info, Frame frame, List<CommandArgument> args, boolean takesInput) {
        this.takesInput = takesInput;
        this.cmdlet = info.create();
        this.info = info;
        this.caller = frame;
        args = DefaultParameterValues.forCmdlet(frame, info.getName(), info.getImplementingType(), args);
        this.frame = args.stream().anyMatch(a -> a.isParameter() && CommonParameters.isCommon(a.parameterName()))
                ? frame.childScope() : frame;
        this.args = args;
        this.declared = DECLARED.computeIfAbsent(cmdlet.getClass(), CmdletProcessor::declaredBy);
        this.fields = declared.fields();
        this.bound = new boolean[fields.size()];
    }

    private static Declared declaredBy(Class<?> type) {
        List<CmdletParameter> list = new ArrayList<>();
        for (Class<?> c = type; c != Cmdlet.class && c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter[] declarations = f.getAnnotationsByType(Parameter.class);
                if (declarations.length > 0) {
                    f.setAccessible(true);
                    list.add(new CmdletParameter(f, List.of(declarations), f.getAnnotation(ValidateRange.class),
                            FieldSetter.of(f), java.util.Arrays.stream(declarations).allMatch(Parameter::mandatory)));
                }
            }
        }
        DefaultParameterSet defaultSet = type.getAnnotation(DefaultParameterSet.class);
        return new Declared(List.copyOf(list),
                ParameterSetResolver.declaredSets(list.stream().map(CmdletParameter::sets).toList()),
                defaultSet == null ? null : defaultSet.value());
    }

    @Override
    public void begin(Pipe downstream) {
        try {
            bindArguments();
        } catch (PSException e) {
            throw attributed(e);
        }
        input = new PipelineInputBinding(frame, cmdlet, fields, i -> !bound[i], i -> valueOf(fields.get(i)), argumentSets,
                this::bindInput);
        singleInput = input.singleByValue();
        cmdlet.attach(frame, caller.scope(), CommonParameters.withOutputVariables(frame, downstream), info, parameterSet);
        cmdlet.beginProcessing();
    }

    @Override
    public void process(Object value) {
        try {
            if (singleInput != null) {
                set(singleInput, value);
            } else if (!input.isEmpty()) {
                cmdlet.parameterSet(input.bind(value));
            }
        } catch (PSException e) {
            cmdlet.writeError(attributed(e).record());
            return;
        }
        cmdlet.processRecord();
    }

    /** Offers one pipeline value to a parameter: false when it does not take it unconverted. */
    private boolean bindInput(CmdletParameter f, Object value, boolean convert) {
        if (!convert && !takesWithoutConversion(boxed(f), value)) {
            return false;
        }
        set(f, value);
        return true;
    }

    @Override
    public void processWithoutInput() {
        cmdlet.processRecord();
    }

    @Override
    public void end() {
        cmdlet.endProcessing();
    }

    @Override
    public void cleanup() {
        CommonParameters.endPipelineVariable(frame);
    }

    private void bindArguments() {
        List<Object> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            CommandArgument arg = args.get(i);
            if (!arg.isParameter()) {
                positional.add(arg.value());
                continue;
            }
            int index = find(arg.parameterName());
            if (index < 0) {
                if (CommonParameters.isCommon(arg.parameterName()) && (!CommonParameters.isShouldProcess(
                        arg.parameterName()) || cmdlet.getClass().isAnnotationPresent(SupportsShouldProcess.class))) {
                    CommonParameters.apply(frame, arg, i + 1 < args.size() ? args.get(i + 1) : null);
                    if (!arg.hasValue() && CommonParameters.takesValue(arg.parameterName()) && i + 1 < args.size()) {
                        i++;
                    }
                    continue;
                }
                if (remainingField() != null) {
                    // a cmdlet that collects remaining arguments takes an unknown parameter as text (Write-Host -Foo)
                    positional.add("-" + arg.parameterName() + (arg.hasValue() ? ":" : ""));
                    if (arg.hasValue()) {
                        positional.add(arg.value());
                    }
                    continue;
                }
                throw arg.pointedAt(RuntimeFailures.parameterBinding("NamedParameterNotFound", "A parameter cannot "
                        + "be found that matches parameter name '" + arg.parameterName() + "'."));
            }
            CmdletParameter f = fields.get(index);
            Object value;
            if (arg.hasValue()) {
                value = arg.value();
            } else if (f.isSwitch()) {
                value = true;
            } else if (i + 1 < args.size() && !args.get(i + 1).isParameter()) {
                value = args.get(++i).value();
            } else {
                throw arg.pointedAt(RuntimeFailures.parameterBinding("MissingArgument", "Missing an argument for "
                        + "parameter '" + f.name() + "'. Specify a parameter of type '"
                        + TypeNames.of(boxed(f)) + "' and try again."));
            }
            set(f, value);
            bound[index] = true;
        }
        ParameterSetResolver sets = new ParameterSetResolver(declared.sets(), declared.defaultSet());
        for (int i = 0; i < fields.size(); i++) {
            if (bound[i]) {
                sets.bound(fields.get(i).sets());
            }
        }
        List<Object> remaining = bindPositional(positional, sets);
        CmdletParameter rest = remainingField();
        if (!remaining.isEmpty()) {
            if (rest == null) {
                throw RuntimeFailures.parameterBinding("PositionalParameterNotFound", "A positional parameter "
                        + "cannot be found that accepts argument '" + LanguagePrimitives.toString(remaining.getFirst())
                        + "'.");
            }
            int index = fields.indexOf(rest);
            List<Object> all = new ArrayList<>();
            if (bound[index]) {
                all.addAll(Enumeration.toList(valueOf(rest)));
                all.addAll(remaining);
            } else {
                all.addAll(remaining);
            }
            set(rest, all.size() == 1 && !bound[index] ? all.getFirst() : all.toArray());
            bound[index] = true;
        }
        if (takesInput) {
            sets.keepCompletable(this::inputCanComplete);
        }
        argumentSets = sets;
        parameterSet = sets.chosen();
        checkMandatory();
    }

    /** Whether every mandatory parameter of {@code set} that is still unbound can take pipeline input. */
    private boolean inputCanComplete(String set) {
        for (int i = 0; i < fields.size(); i++) {
            Parameter d = fields.get(i).declarationIn(set);
            if (!bound[i] && d != null && d.mandatory() && !d.valueFromPipeline()
                    && !d.valueFromPipelineByPropertyName()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds positional arguments as pwsh does: position by position, each argument to a parameter at that position
     * in a set still open, trying the default set without conversion, then any open set without conversion, then
     * the default set and any open set with conversion. Returns the arguments no position took.
     */
    private List<Object> bindPositional(List<Object> positional, ParameterSetResolver sets) {
        int next = 0;
        for (int position : positions()) {
            if (next == positional.size()) {
                break;
            }
            List<Candidate> candidates = candidatesAt(position, sets);
            if (candidates.isEmpty()) {
                continue;
            }
            int index = bindFirstTaking(candidates, positional.get(next++), sets);
            bound[index] = true;
            sets.bound(fields.get(index).sets());
        }
        return positional.subList(next, positional.size());
    }

    private List<Integer> positions() {
        return fields.stream().flatMap(f -> f.declarations().stream()).map(Parameter::position).filter(p -> p >= 0)
                .distinct().sorted().toList();
    }

    private List<Candidate> candidatesAt(int position, ParameterSetResolver sets) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (bound[i] || fields.get(i).isSwitch()) {
                continue;
            }
            for (Parameter d : fields.get(i).declarations()) {
                if (d.position() == position && sets.isOpen(d.parameterSetName())) {
                    candidates.add(new Candidate(i, d));
                }
            }
        }
        return candidates;
    }

    /** Binds {@code value} to the first candidate that takes it, in pwsh's order of attempts; returns its index. */
    private int bindFirstTaking(List<Candidate> candidates, Object value, ParameterSetResolver sets) {
        PSException failure = null;
        for (boolean convert : new boolean[] {false, true}) {
            for (boolean defaultSetOnly : new boolean[] {true, false}) {
                if (defaultSetOnly && !sets.isDefaultOpen()) {
                    continue;
                }
                for (Candidate c : candidates) {
                    String set = c.declaration().parameterSetName();
                    if (defaultSetOnly && !set.isEmpty() && !set.equalsIgnoreCase(sets.defaultSet())) {
                        continue;
                    }
                    CmdletParameter f = fields.get(c.index());
                    if (!convert && !takesWithoutConversion(boxed(f), value)) {
                        continue;
                    }
                    try {
                        set(f, value);
                        return c.index();
                    } catch (PSException e) {
                        failure = e;
                    }
                }
            }
        }
        throw failure;
    }

    /**
     * True when {@code value} is already of the parameter's type, or of its element type for an array parameter
     * (every element, for a collection); null suits any type but strings, numbers and booleans.
     */
    private static boolean takesWithoutConversion(Class<?> type, Object value) {
        if (value == null) {
            return type != String.class && !Number.class.isAssignableFrom(type) && type != Boolean.class;
        }
        if (!type.isArray() || type.isInstance(value)) {
            return type.isInstance(value);
        }
        Class<?> element = type.getComponentType();
        return Enumeration.isEnumerable(value) ? Enumeration.toList(value).stream().allMatch(element::isInstance)
                : element.isInstance(value);
    }

    /**
     * Mandatory parameters of the chosen set must have been bound, except those pipeline input can fill when the
     * command takes input.
     */
    private void checkMandatory() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Parameter d = fields.get(i).declarationIn(parameterSet);
            if (!bound[i] && d != null && d.mandatory()
                    && !(takesInput && (d.valueFromPipeline() || d.valueFromPipelineByPropertyName()))) {
                missing.add(fields.get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            throw RuntimeFailures.parameterBinding("MissingMandatoryParameter", "Cannot process command because of "
                    + "one or more missing mandatory parameters: " + String.join(" ", missing) + ".");
        }
    }

    private CmdletParameter remainingField() {
        for (CmdletParameter f : fields) {
            if (f.collectsRemaining()) {
                return f;
            }
        }
        return null;
    }

    private Object valueOf(CmdletParameter f) {
        try {
            return f.field().get(cmdlet);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private int find(String written) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(written) || fields.get(i).declarations().stream()
                    .flatMap(d -> Arrays.stream(d.aliases())).anyMatch(written::equalsIgnoreCase)) {
                return i;
            }
        }
        int match = -1;
        StringBuilder candidates = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).matches(written)) {
                candidates.append(" -").append(fields.get(i).name());
                if (match >= 0) {
                    throw RuntimeFailures.parameterBinding("AmbiguousParameter", "Parameter cannot be processed "
                            + "because the parameter name '" + written + "' is ambiguous. Possible matches include:"
                            + candidates + ambiguousRest(written, i + 1) + ".");
                }
                match = i;
            }
        }
        return match;
    }

    /** The names after {@code from} that {@code written} also abbreviates, for the ambiguity message. */
    private String ambiguousRest(String written, int from) {
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < fields.size(); i++) {
            if (fields.get(i).matches(written)) {
                rest.append(" -").append(fields.get(i).name());
            }
        }
        return rest.toString();
    }

    private void set(CmdletParameter f, Object value) {
        Class<?> type = boxed(f);
        Object converted;
        try {
            converted = type == Object[].class ? Enumeration.toList(value).toArray() : Conversions.convert(value, type);
        } catch (PSException e) {
            throw RuntimeFailures.parameterBinding("ParameterArgumentTransformationError", "Cannot process argument "
                    + "transformation on parameter '" + f.name() + "'. " + e.getMessage());
        }
        if (f.mandatory()) {
            Validation.checkMandatory(f.name(), converted, f.field());
        }
        if (f.range() != null) {
            String refused = Validation.outOfRange(converted, f.range().min(), f.range().max());
            if (refused != null) {
                throw Validation.failed(f.name(), refused, converted);
            }
        }
        f.setter().set(cmdlet, converted);
    }

    private static Class<?> boxed(CmdletParameter f) {
        Class<?> t = f.field().getType();
        return t == boolean.class ? Boolean.class : t == int.class ? Integer.class : t == double.class ? Double.class
                : t == long.class ? Long.class : t;
    }

    /** A binding error as this cmdlet reports it: its id ends with the implementing type. */
    private PSException attributed(PSException e) {
        return e.withRecord(e.record().reportedBy(info.getName(), info.typeName()));
    }

    @Override
    public boolean requested(dev.jpwsh.engine.exec.FlowSignal.StopUpstream stop) {
        return stop.requester() == cmdlet;
    }
}
