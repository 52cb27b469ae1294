package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Select-Object: new objects with the chosen properties (names or {@code @{Name=..;Expression={..}}}), one
 * property's values with -ExpandProperty, and the -First / -Last / -Skip objects.
 */
@DotNetName("Microsoft.PowerShell.Commands.SelectObjectCommand")
public final class SelectObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private String expandProperty;

    @Parameter
    private Integer first;

    @Parameter
    private Integer last;

    @Parameter
    private Integer skip;

    @Parameter
    private boolean unique;

    @Parameter
    private Object[] index;

    private int seen;
    private final List<Object> tail = new ArrayList<>();
    private final List<Object> uniqueValues = new ArrayList<>();

    @Override
    protected void processRecord() {
        seen++;
        if (index != null) {
            for (Object i : index) {
                if (((Number) dev.jpwsh.runtime.convert.LanguagePrimitives.toNumber(i)).intValue() == seen - 1) {
                    emit(select(inputObject));
                }
            }
            return;
        }
        if (skip != null && seen <= skip) {
            return;
        }
        Object selected = select(inputObject);
        if (last != null) {
            tail.add(selected);
            if (tail.size() > last) {
                tail.removeFirst();
            }
            return;
        }
        if (first != null && seen - (skip == null ? 0 : skip) > first) {
            return;
        }
        emit(selected);
        if (first != null && !unique && seen - (skip == null ? 0 : skip) == first) {
            stopUpstreamCommands();
        }
    }

    @Override
    protected void endProcessing() {
        tail.forEach(this::emit);
    }

    private void emit(Object value) {
        if (unique) {
            String key = LanguagePrimitives.toString(value);
            if (uniqueValues.contains(key)) {
                return;
            }
            uniqueValues.add(key);
        }
        if (expandProperty != null) {
            writeEnumerated(value);
        } else {
            writeObject(value);
        }
    }

    private Object select(Object input) {
        if (expandProperty != null) {
            return MemberGate.get(frame().context(), input, expandProperty);
        }
        if (property == null) {
            return input;
        }
        PSObject result = new PSObject();
        result.addTypeName("Selected." + (input instanceof PSObject o ? o.typeNames().getFirst()
                : TypeNames.ofValue(input)));
        for (Object p : property) {
            if (p instanceof Map<?, ?> calculated) {
                Object name = firstOf(calculated, "Name", "Label", "N", "L");
                Object expression = firstOf(calculated, "Expression", "E");
                Object value = expression instanceof ScriptBlock block ? block.invokeWithUnderscore(frame(), input)
                        : MemberGate.get(frame().context(), input, LanguagePrimitives.toString(expression));
                result.set(LanguagePrimitives.toString(name), value);
            } else {
                String name = LanguagePrimitives.toString(p);
                result.set(name, MemberGate.get(frame().context(), input, name));
            }
        }
        return result;
    }

    private static Object firstOf(Map<?, ?> map, String... keys) {
        for (String k : keys) {
            if (map.containsKey(k)) {
                return map.get(k);
            }
        }
        return null;
    }
}
