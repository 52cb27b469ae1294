package dev.jpwsh.engine.types;

import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.reflection.TypeSurface;
import dev.jpwsh.runtime.object.TypeNames;
import dev.jpwsh.runtime.ops.ComparisonConversion;
import java.util.List;

/**
 * The engine's conversions, member access and errors for the .NET library below it (listed as its
 * {@link EngineServices}), and its conversions for the runtime's comparison operators (listed as their
 * {@link ComparisonConversion}).
 */
public final class DotNetServices implements EngineServices, ComparisonConversion {
    @Override
    public Object convert(Object value, Class<?> type) {
        return Conversions.convert(value, type);
    }

    @Override
    public boolean isError(RuntimeException failure) {
        return failure instanceof PSException;
    }

    @Override
    public RuntimeException error(String errorId, String category, String message, Object target,
            String dotNetType) {
        return RuntimeFailures.create(errorId, category, message, target, dotNetType);
    }

    @Override
    public List<String> adaptedProperties(Object target) {
        return TypeSurface.adaptedProperties(target);
    }

    @Override
    public List<String> adaptedMethods(Object target) {
        return TypeSurface.adaptedMethods(target);
    }

    @Override
    public String typeName(Object value) {
        return DotNetType.typeOf(value) instanceof DotNetType type ? type.getFullName()
                : TypeNames.ofValue(value);
    }

    @Override
    public List<String> baseTypeNames(Object value) {
        List<String> names = new java.util.ArrayList<>();
        for (DotNetType base = DotNetType.ofValue(value).getBaseType(); base != null; base = base.getBaseType()) {
            names.add(base.fullName());
        }
        return names;
    }

    @Override
    public Object readMember(Object target, String name) {
        return Members.get(target, name);
    }

    @Override
    public void writeMember(Object target, String name, Object value) {
        Members.set(target, name, value, MemberGuard.NONE);
    }

    @Override
    public Object invokeMember(Object target, String name, List<Object> args) {
        Object result = Members.invoke(target, name, args, MemberGuard.NONE);
        return result == AutomationNull.VALUE ? null : result;
    }
}
