package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.ops.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Group-Object: groups input by a property's value; each group has Count, Name and Group. */
@DotNetName("Microsoft.PowerShell.Commands.GroupObjectCommand")
public final class GroupObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean noElement;

    @Parameter
    private boolean asHashTable;

    private final Map<String, List<Object>> groups = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Object> keys = new LinkedHashMap<>();

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        Object key = property == null ? inputObject : property[0] instanceof ScriptBlock block
                ? block.invokeWithUnderscore(frame(), inputObject)
                : MemberGate.get(frame().context(), inputObject, LanguagePrimitives.toString(property[0]));
        String name = LanguagePrimitives.toString(key);
        String normalized = name.toLowerCase(Locale.ROOT);
        groups.computeIfAbsent(normalized, k -> new ArrayList<>()).add(inputObject);
        names.putIfAbsent(normalized, name);
        keys.putIfAbsent(normalized, key);
    }

    /** Groups come out sorted by their key, as pwsh sorts them. */
    @Override
    protected void endProcessing() {
        List<Map.Entry<String, List<Object>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort((a, b) -> {
            Object ka = keys.get(a.getKey());
            Object kb = keys.get(b.getKey());
            return Comparison.equal(ka, kb, false) ? 0 : Comparison.test(Comparison.Kind.LT, ka, kb, false) ? -1 : 1;
        });
        if (asHashTable) {
            dev.jpwsh.runtime.object.PSHashtable table = new dev.jpwsh.runtime.object.PSHashtable();
            for (Map.Entry<String, List<Object>> e : sorted) {
                List<Object> group = e.getValue();
                table.put(keys.get(e.getKey()), group.size() == 1 ? group.getFirst() : group.toArray());
            }
            writeObject(table);
            return;
        }
        for (Map.Entry<String, List<Object>> e : sorted) {
            PSObject group = new PSObject();
            group.addTypeName("Microsoft.PowerShell.Commands.GroupInfo");
            group.set("Count", e.getValue().size());
            group.set("Name", names.get(e.getKey()));
            if (!noElement) {
                group.set("Group", e.getValue().toArray());
            }
            writeObject(group);
        }
    }
}
