package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Group-Object: groups input by a property's value; each group has Count, Name and Group. */
public final class GroupObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean noElement;

    private final Map<String, List<Object>> groups = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        Object key = property == null ? inputObject : property[0] instanceof ScriptBlock block
                ? block.invokeWithUnderscore(frame(), inputObject)
                : Members.get(inputObject, LanguagePrimitives.toString(property[0]));
        String name = LanguagePrimitives.toString(key);
        String normalized = name.toLowerCase(Locale.ROOT);
        groups.computeIfAbsent(normalized, k -> new ArrayList<>()).add(inputObject);
        names.putIfAbsent(normalized, name);
    }

    @Override
    protected void endProcessing() {
        for (Map.Entry<String, List<Object>> e : groups.entrySet()) {
            PSObject group = new PSObject();
            group.set("Count", e.getValue().size());
            group.set("Name", names.get(e.getKey()));
            if (!noElement) {
                group.set("Group", e.getValue().toArray());
            }
            writeObject(group);
        }
    }
}
