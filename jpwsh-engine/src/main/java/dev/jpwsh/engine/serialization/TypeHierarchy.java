package dev.jpwsh.engine.serialization;

import dev.jpwsh.dotnet.automation.PSObjectView;
import dev.jpwsh.engine.types.ScriptInstance;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.ScriptEnum;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The type names a CLIXML {@code <TN>} list carries for a value, most specific first, as pwsh's adapter lists
 * them: a custom object's own names; an array's element type, System.Array, System.Object; an enum's name,
 * System.Enum, System.ValueType, System.Object; a script class and its script base classes, then System.Object.
 */
final class TypeHierarchy {
    private TypeHierarchy() {
    }

    static List<String> of(Object value) {
        if (value instanceof PSObject custom) {
            return custom.typeNames();
        }
        List<String> names = new ArrayList<>();
        for (Object name : new PSObjectView(value).getTypeNames()) {
            names.add(String.valueOf(name));
        }
        return names;
    }

    static boolean isEnum(Object value) {
        return value instanceof Enum<?> || value instanceof FlagsEnum
                || ScriptEnum.isScriptEnum(value.getClass());
    }
}
