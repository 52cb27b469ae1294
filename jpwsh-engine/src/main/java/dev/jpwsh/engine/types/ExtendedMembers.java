package dev.jpwsh.engine.types;

import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading, setting and calling the extended type system's members ({@link PSMember}) that Add-Member gave an
 * object: notes, aliases (converted to their type when they name one), script and code properties, script and code
 * methods, property sets and member sets. Script members run with {@code $this} set to the object.
 */
public final class ExtendedMembers {
    private ExtendedMembers() {
    }

    /** The member of {@code target} called {@code name}, when Add-Member gave it one. */
    public static PSMember find(Object target, String name) {
        return InstanceMembers.find(target, name);
    }

    /**
     * The member of {@code target} called {@code name} that Add-Member or the session's type data ({@code types},
     * null for none) gave it; a custom object's own note comes first, then the object's members, then its types'.
     */
    public static PSMember find(TypeDataTable types, Object target, String name) {
        PSMember own = InstanceMembers.find(target, name);
        if (own != null || types == null || target == null
                || target instanceof PSObject o && o.property(name) != null) {
            return own;
        }
        return types.findMember(new dev.jpwsh.dotnet.automation.PSObjectView(target).getTypeNames(), name);
    }

    /** The value {@code target.Name} reads through {@code member}. */
    public static Object read(PSMember member, Object target, MemberGuard guard) {
        return switch (member.kind()) {
            case AliasProperty -> aliased(member, Members.get(target, (String) member.value(), guard));
            case ScriptProperty -> member.value() instanceof ScriptBlock getter
                    ? runAccessor(getter, member.name(), target, List.of(), false) : null;
            case CodeProperty -> member.value() instanceof Method getter ? callCode(getter, target, List.of()) : null;
            case MemberSet -> memberSet(member);
            default -> member.value();
        };
    }

    /** The value of an alias's member, converted to the alias's type when it names one. */
    public static Object aliased(PSMember alias, Object value) {
        return alias.secondValue() instanceof Class<?> type ? Conversions.convert(value, type) : value;
    }

    /** {@code target.Name = value} through {@code member}; a property without a setter refuses. */
    public static void set(PSMember member, Object target, Object value, MemberGuard guard) {
        switch (member.kind()) {
            case NoteProperty -> member.setValue(value);
            case AliasProperty -> Members.set(target, (String) member.value(), member.secondValue()
                    instanceof Class<?> type ? Conversions.convert(value, type) : value, guard);
            case ScriptProperty -> {
                if (!(member.secondValue() instanceof ScriptBlock setter)) {
                    throw notSettable(member.name());
                }
                runAccessor(setter, member.name(), target, List.of(value), true);
            }
            case CodeProperty -> {
                if (!(member.secondValue() instanceof Method setter)) {
                    throw notSettable(member.name());
                }
                callCode(setter, target, List.of(value));
            }
            default -> throw notSettable(member.name());
        }
    }

    /** {@code target.Name(args)} through a ScriptMethod or CodeMethod. */
    public static Object invoke(PSMember member, Object target, List<Object> args) {
        return switch (member.kind()) {
            case ScriptMethod -> ((ScriptBlock) member.value()).invokeAsMember(target, args);
            case CodeMethod -> callCode((Method) member.value(), target, args);
            default -> throw RuntimeFailures.methodNotFound(
                    dev.jpwsh.runtime.object.TypeNames.ofValue(target), member.name());
        };
    }

    /** A member set's value: an object whose members are the set's. */
    private static Object memberSet(PSMember member) {
        PSObject set = new PSObject();
        for (PSMember inner : member.<PSMember>items()) {
            if (inner.kind() == dev.jpwsh.runtime.object.PSMemberTypes.NoteProperty) {
                set.set(inner.name(), inner.value());
            } else {
                InstanceMembers.forUpdate(set).add(inner);
            }
        }
        return set;
    }

    /** A code member's static method, called with the object first and then the arguments. */
    private static Object callCode(Method method, Object target, List<Object> args) {
        List<Object> all = new ArrayList<>();
        all.add(target);
        all.addAll(args);
        Object[] converted = new Object[method.getParameterCount()];
        for (int i = 0; i < converted.length && i < all.size(); i++) {
            converted[i] = Conversions.convert(all.get(i), MethodInvoker.boxed(method.getParameterTypes()[i]));
        }
        try {
            return method.invoke(null, converted);
        } catch (InvocationTargetException e) {
            throw MethodInvoker.methodInvocation(method.getName(), args.size(), e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw MethodInvoker.methodInvocation(method.getName(), args.size(), e);
        }
    }

    /**
     * A script property's getter or setter; an error in it is pwsh's GetValueInvocationException or
     * SetValueInvocationException around it ({@code Exception getting "P": "inner message"}).
     */
    private static Object runAccessor(ScriptBlock accessor, String name, Object target, List<Object> args,
            boolean setting) {
        try {
            return accessor.invokeAsMember(target, args);
        } catch (PSException failed) {
            String id = setting ? "ScriptSetValueRuntimeException" : "ScriptGetValueRuntimeException";
            PSRuntimeException wrapped = new PSRuntimeException(id, "NotSpecified", "Exception "
                    + (setting ? "setting" : "getting") + " \"" + name + "\": \"" + failed.record().message() + "\"",
                    failed.record().exception(), setting ? "System.Management.Automation.SetValueInvocationException"
                            : "System.Management.Automation.GetValueInvocationException");
            throw RuntimeFailures.of(wrapped);
        }
    }

    private static RuntimeException notSettable(String name) {
        return RuntimeFailures.create("SetWithoutSetterFromScriptProperty", "InvalidOperation", "Set accessor for "
                + "property \"" + name + "\" is unavailable.", null, "System.Management.Automation.SetValueException");
    }
}
