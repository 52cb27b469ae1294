package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.NamedType;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.List;

/**
 * The type argument T of a generic collection facade ({@code int} in {@code List[int]}): items passed to its
 * methods convert to T as PowerShell converts method arguments. Immutable.
 *
 * @param type     the class items convert to
 * @param argument the type argument as written, which GetType() shows: the class, or a constructed type that keeps
 *                 its own arguments ({@code List[int]} in {@code List[List[int]]})
 */
record ElementType(Class<?> type, Object argument) {
    static final ElementType ANY = new ElementType(Object.class, Object.class);

    /** The element type a type argument names. */
    static ElementType of(Object argument) {
        Class<?> type = NamedType.classOf(argument);
        return new ElementType(type == null ? Object.class : type, argument);
    }

    /** The first type argument, or any type when none was given. */
    static ElementType first(List<?> typeArguments) {
        return typeArguments.isEmpty() ? ANY : of(typeArguments.getFirst());
    }

    /** The type arguments an instance bound to this element type shows: none for the unbound {@link #ANY}. */
    List<?> asArguments() {
        return this == ANY ? List.of() : List.of(argument);
    }

    /** The item as a T; a failed conversion is the MethodException naming the method and its parameter. */
    Object convert(Object item, String method) {
        return convert(item, method, "item");
    }

    /** {@link #convert(Object, String)} for a method whose parameter is named {@code parameter} ({@code key}). */
    Object convert(Object item, String method, String parameter) {
        return converted(item, failure -> {
            throw EngineServices.ENGINE.error("MethodArgumentConversionInvalidCastArgument", "NotSpecified",
                    "Cannot convert argument \"" + parameter + "\", with value: \"" + LanguagePrimitives.toString(item)
                            + "\", for \"" + method + "\" to type \"" + name() + "\": \"" + failure.getMessage() + "\"",
                    null, "System.Management.Automation.MethodException");
        });
    }

    /** The item as a T when it converts, else the item itself (a key looked up that no entry can have). */
    Object convertOrKeep(Object item) {
        return converted(item, failure -> item);
    }

    /** The item as a T; when the engine cannot convert it, what {@code onFailure} makes of the engine's error. */
    private Object converted(Object item, java.util.function.Function<RuntimeException, Object> onFailure) {
        if (type == Object.class) {
            return item;
        }
        try {
            return EngineServices.ENGINE.convert(item, type);
        } catch (RuntimeException e) {
            if (!EngineServices.ENGINE.isError(e)) {
                throw e;
            }
            return onFailure.apply(e);
        }
    }

    /** {@code default(T)}: what TryGetValue hands out for a key that is not there. */
    Object defaultValue() {
        return dev.jpwsh.dotnet.ValueType.defaultOf(type);
    }

    String name() {
        return argument instanceof Class<?> c ? TypeNames.of(c) : argument.toString();
    }
}
