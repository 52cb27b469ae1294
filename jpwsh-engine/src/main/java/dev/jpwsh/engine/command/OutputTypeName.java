package dev.jpwsh.engine.command;

import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.object.TypeNames;

/**
 * One type of a function's {@code OutputType}: a type that resolves shows its .NET name and the type itself; a name
 * that does not (a type name given as text for an object that is no class) keeps its text and has no type.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSTypeName")
public record OutputTypeName(String name, Class<?> type) {
    static OutputTypeName of(String written) {
        Class<?> type = TypeResolver.shared().resolve(written, false);
        return new OutputTypeName(type == null ? written : TypeNames.of(type), type);
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
