package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Reflection.MemberInfo: what every member a type lists has, its name, kind and the type that declares it.
 * Immutable.
 */
@DotNetName("System.Reflection.MemberInfo")
public abstract class ReflectedMember {
    private final String name;
    private final Class<?> declaringType;
    private final Class<?> reflectedType;

    ReflectedMember(String name, Class<?> declaringType, Class<?> reflectedType) {
        this.name = name;
        this.declaringType = declaringType;
        this.reflectedType = reflectedType;
    }

    public String getName() {
        return name;
    }

    public Class<?> getDeclaringType() {
        return declaringType;
    }

    /** The type whose members were asked for ({@code [string].GetMethods()}: String, even for Equals). */
    public Class<?> getReflectedType() {
        return reflectedType;
    }

    public abstract MemberTypes getMemberType();

    public boolean getIsPublic() {
        return true;
    }

    /** Scripts see no custom attributes of emulated members: an empty array, never an error. */
    public Object[] GetCustomAttributes(boolean inherit) {
        return new Object[0];
    }

    public Object[] GetCustomAttributes(Object attributeType, boolean inherit) {
        return new Object[0];
    }

    /** System.Reflection.MemberTypes. */
    @DotNetName("System.Reflection.MemberTypes")
    public enum MemberTypes {
        Constructor, Event, Field, Method, Property, TypeInfo, Custom, NestedType, All
    }
}
