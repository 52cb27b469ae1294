package dev.jpwsh.engine.command;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A Java cmdlet in a pipeline: binds its parameter fields, then forwards begin, process and end. */
public final class CmdletProcessor implements CommandProcessor {
    /** A parameter field with its annotation; cached per cmdlet class. */
    private record ParameterField(Field field, Parameter annotation) {
        /** The field name with a capital initial: field {@code inputObject} is parameter -InputObject. */
        String name() {
            String javaName = field.getName();
            return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
        }

        boolean isSwitch() {
            return field.getType() == boolean.class || field.getType() == Boolean.class;
        }

        boolean matches(String written) {
            if (name().regionMatches(true, 0, written, 0, written.length()) && written.length() <= name().length()) {
                return true;
            }
            for (String alias : annotation.aliases()) {
                if (alias.equalsIgnoreCase(written)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Map<Class<?>, List<ParameterField>> FIELDS = new ConcurrentHashMap<>();

    private final Cmdlet cmdlet;
    private final String commandName;
    private final Frame frame;
    private final Frame caller;
    private final List<CommandArgument> args;
    private final List<ParameterField> fields;
    private final boolean[] bound;

    public CmdletProcessor(Cmdlet cmdlet, String commandName, Frame frame, List<CommandArgument> args) {
        this.cmdlet = cmdlet;
        this.commandName = commandName;
        this.caller = frame;
        this.frame = args.stream().anyMatch(a -> a.isParameter() && CommonParameters.isCommon(a.parameterName()))
                ? frame.childScope() : frame;
        this.args = args;
        this.fields = FIELDS.computeIfAbsent(cmdlet.getClass(), CmdletProcessor::fieldsOf);
        this.bound = new boolean[fields.size()];
    }

    private static List<ParameterField> fieldsOf(Class<?> type) {
        List<ParameterField> list = new ArrayList<>();
        for (Class<?> c = type; c != Cmdlet.class && c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Parameter p = f.getAnnotation(Parameter.class);
                if (p != null) {
                    f.setAccessible(true);
                    list.add(new ParameterField(f, p));
                }
            }
        }
        return List.copyOf(list);
    }

    @Override
    public void begin(Pipe downstream) {
        bindArguments();
        cmdlet.attach(frame, caller.scope(), CommonParameters.withOutVariable(frame, downstream), commandName);
        cmdlet.beginProcessing();
    }

    @Override
    public void process(Object input) {
        for (int i = 0; i < fields.size(); i++) {
            ParameterField f = fields.get(i);
            if (f.annotation().valueFromPipeline() && !bound[i]) {
                set(f, input);
            } else if (f.annotation().valueFromPipelineByPropertyName() && !bound[i]) {
                Object value = Members.get(input, f.name());
                if (value != null) {
                    set(f, value);
                }
            }
        }
        cmdlet.processRecord();
    }

    @Override
    public void processWithoutInput() {
        cmdlet.processRecord();
    }

    @Override
    public void end() {
        cmdlet.endProcessing();
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
                if (CommonParameters.isCommon(arg.parameterName())) {
                    CommonParameters.apply(frame, arg, i + 1 < args.size() ? args.get(i + 1) : null);
                    if (!arg.hasValue() && CommonParameters.takesValue(arg.parameterName()) && i + 1 < args.size()) {
                        i++;
                    }
                    continue;
                }
                throw arg.pointedAt(bindingError("NamedParameterNotFound", "A parameter cannot be found that "
                        + "matches parameter name '" + arg.parameterName() + "'."));
            }
            ParameterField f = fields.get(index);
            Object value;
            if (arg.hasValue()) {
                value = arg.value();
            } else if (f.isSwitch()) {
                value = true;
            } else if (i + 1 < args.size() && !args.get(i + 1).isParameter()) {
                value = args.get(++i).value();
            } else {
                throw arg.pointedAt(bindingError("MissingArgument", "Missing an argument for parameter '" + f.name()
                        + "'. Specify a parameter of type '" + Conversions.dotNetName(boxed(f)) + "' and try again."));
            }
            set(f, value);
            bound[index] = true;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).annotation().position() >= 0) {
                positions.add(i);
            }
        }
        positions.sort(Comparator.comparingInt(i -> fields.get(i).annotation().position()));
        List<Object> remaining = new ArrayList<>();
        for (Object value : positional) {
            Integer index = positions.stream().filter(i -> !bound[i]).findFirst().orElse(null);
            if (index == null && remainingField() != null) {
                remaining.add(value);
                continue;
            }
            if (index == null) {
                throw bindingError("PositionalParameterNotFound", "A positional parameter cannot be found that "
                        + "accepts argument '" + LanguagePrimitives.toString(value) + "'.");
            }
            set(fields.get(index), value);
            bound[index] = true;
        }
        ParameterField rest = remainingField();
        if (!remaining.isEmpty()) {
            int index = fields.indexOf(rest);
            List<Object> all = new ArrayList<>();
            if (bound[index]) {
                all.addAll(Enumerables.toList(valueOf(rest)));
                all.addAll(remaining);
            } else {
                all.addAll(remaining);
            }
            set(rest, all.size() == 1 && !bound[index] ? all.getFirst() : all.toArray());
            bound[index] = true;
        }
    }

    private ParameterField remainingField() {
        for (ParameterField f : fields) {
            if (f.annotation().valueFromRemainingArguments()) {
                return f;
            }
        }
        return null;
    }

    private Object valueOf(ParameterField f) {
        try {
            return f.field().get(cmdlet);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private int find(String written) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(written)) {
                return i;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).matches(written)) {
                return i;
            }
        }
        return -1;
    }

    private void set(ParameterField f, Object value) {
        Class<?> type = boxed(f);
        Object converted;
        try {
            converted = type == Object[].class ? Enumerables.toList(value).toArray() : Conversions.convert(value, type);
        } catch (PSException e) {
            throw bindingError("ParameterArgumentTransformationError", "Cannot process argument transformation on "
                    + "parameter '" + f.name() + "'. " + e.getMessage());
        }
        try {
            f.field().set(cmdlet, converted);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> boxed(ParameterField f) {
        Class<?> t = f.field().getType();
        return t == boolean.class ? Boolean.class : t == int.class ? Integer.class : t == double.class ? Double.class
                : t == long.class ? Long.class : t;
    }

    private PSException bindingError(String id, String message) {
        return RuntimeFailures.parameterBinding(id, message, commandName);
    }
}
