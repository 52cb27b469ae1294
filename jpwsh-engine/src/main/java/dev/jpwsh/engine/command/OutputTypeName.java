package dev.jpwsh.engine.command;

import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * One type of a command's {@code OutputType} (pwsh's PSTypeName): a type that resolves shows its .NET name and the
 * type itself; a name that does not (a type name given as text for an object that is no class) keeps its text and
 * has no type. Immutable.
 */
@DotNetName("System.Management.Automation.PSTypeName")
public record OutputTypeName(String name, Class<?> type) {
    /** {@code [System.Management.Automation.PSTypeName]'Name'}: the name as written, and its type when it resolves. */
    public OutputTypeName(String name) {
        this(name, TypeResolver.shared().resolve(name, false));
    }

    /** A type as {@code [OutputType()]} names it: its .NET name when it resolves, else the text as written. */
    public static OutputTypeName of(String written) {
        Class<?> type = TypeResolver.shared().resolve(written, false);
        return new OutputTypeName(type == null ? written : TypeNames.of(type), type);
    }

    /** A cmdlet's {@link OutputType} names, each shown as written (they are .NET full names already). */
    static List<Object> ofCmdlet(Class<?> implementingType) {
        OutputType declared = implementingType.getAnnotation(OutputType.class);
        List<Object> names = new ArrayList<>();
        if (declared != null) {
            for (String n : declared.value()) {
                names.add(new OutputTypeName(n, TypeResolver.shared().resolve(n, false)));
            }
        }
        return names;
    }

    public String getName() {
        return name;
    }

    public Class<?> getType() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
