package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.engine.types.MemberGuard;
import dev.jpwsh.engine.types.MethodCallSite;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.object.DotNetName;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * System.Reflection.ConstructorInfo: one way to make an instance of a type ({@code .ctor}); {@code Invoke(args)}
 * makes one as {@code [T]::new(args)} does. Immutable.
 */
@DotNetName("System.Reflection.RuntimeConstructorInfo")
public final class ReflectedConstructor extends ReflectedMember {
    private final Executable constructor;

    ReflectedConstructor(Executable constructor, Class<?> type) {
        super(".ctor", type, type);
        this.constructor = constructor;
    }

    @Override
    public MemberTypes getMemberType() {
        return MemberTypes.Constructor;
    }

    public boolean getIsStatic() {
        return false;
    }

    public boolean getIsConstructor() {
        return true;
    }

    public ReflectedParameter[] GetParameters() {
        return ReflectedMethod.parameters(constructor.getParameters(), this);
    }

    Class<?>[] parameterTypes() {
        return constructor.getParameterTypes();
    }

    public Object Invoke(Object[] args) {
        List<Object> arguments = args == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(args));
        return Members.invokeStatic(getDeclaringType(), List.of(), "new", arguments, MemberGuard.NONE,
                new MethodCallSite());
    }

    /** {@code Void .ctor(Int32)}, as .NET writes a constructor. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Void .ctor(");
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ", ").append(TypeReflection.signatureName(MethodInvoker.boxed(types[i])));
        }
        return text.append(')').toString();
    }
}
