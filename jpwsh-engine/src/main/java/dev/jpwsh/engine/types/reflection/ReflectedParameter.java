package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Reflection.ParameterInfo: one parameter of a method or constructor. Immutable. */
@DotNetName("System.Reflection.RuntimeParameterInfo")
public final class ReflectedParameter {
    private final String name;
    private final Class<?> parameterType;
    private final int position;
    private final ReflectedMember member;

    ReflectedParameter(String name, Class<?> parameterType, int position, ReflectedMember member) {
        this.name = name;
        this.parameterType = parameterType;
        this.position = position;
        this.member = member;
    }

    /**
     * A parameter of a method made at run time, which has no name (a compiled lambda's: .NET defines none) and no
     * member to show.
     */
    public static ReflectedParameter unnamed(Class<?> parameterType, int position) {
        return new ReflectedParameter(null, parameterType, position, null);
    }

    public String getName() {
        return name;
    }

    public Class<?> getParameterType() {
        return parameterType;
    }

    public int getPosition() {
        return position;
    }

    public ReflectedMember getMember() {
        return member;
    }

    public boolean getIsOptional() {
        return false;
    }

    public boolean getHasDefaultValue() {
        return false;
    }

    public boolean getIsOut() {
        return false;
    }

    /** {@code System.Int32 count}, as .NET writes a parameter. */
    @Override
    public String toString() {
        return TypeReflection.signatureName(parameterType) + " " + name;
    }
}
