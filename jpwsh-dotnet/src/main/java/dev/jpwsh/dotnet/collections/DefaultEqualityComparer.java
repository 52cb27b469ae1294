package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.EqualityComparer;
import java.util.List;
import java.util.Objects;

/**
 * {@code EqualityComparer[T]::Default}, as a Dictionary made without a comparer reports it in {@code Comparer}: .NET's
 * GenericEqualityComparer`1 for a key type that compares itself (strings, numbers, the other comparable types),
 * EnumEqualityComparer`1 for an enum, ObjectEqualityComparer`1 for any other; keys are equal as Java's equals says,
 * which for strings is ordinal and case-sensitive, as .NET's. Immutable.
 */
public abstract sealed class DefaultEqualityComparer implements EqualityComparer, GenericInstance {
    private final ElementType keyType;

    private DefaultEqualityComparer(ElementType keyType) {
        this.keyType = keyType;
    }

    /** The default comparer of keys of {@code keyType}. */
    static DefaultEqualityComparer of(ElementType keyType) {
        Class<?> type = keyType.type();
        if (type.isEnum()) {
            return new Enums(keyType);
        }
        return type != Object.class && Comparable.class.isAssignableFrom(type) ? new Generic(keyType) : new Other(keyType);
    }

    @Override
    public boolean equals(Object first, Object second) {
        return Objects.equals(first, second);
    }

    @Override
    public int hashCode(Object item) {
        return Objects.hashCode(item);
    }

    /** Fixed by the dictionary's key type. */
    @Override
    public void bindTypeArguments(List<?> arguments) {
        throw new UnsupportedOperationException("The default comparer's type is its dictionary's key type.");
    }

    @Override
    public List<?> typeArguments() {
        return List.of(keyType.argument());
    }

    /** .NET's text, its type's: {@code System.Collections.Generic.GenericEqualityComparer`1[System.String]}. */
    @Override
    public String toString() {
        return getClass().getAnnotation(DotNetName.class).value() + "[" + keyType.name() + "]";
    }

    /** The comparer of a type that compares itself. */
    @DotNetName("System.Collections.Generic.GenericEqualityComparer`1")
    public static final class Generic extends DefaultEqualityComparer {
        Generic(ElementType keyType) {
            super(keyType);
        }
    }

    /** The comparer of an enum type. */
    @DotNetName("System.Collections.Generic.EnumEqualityComparer`1")
    public static final class Enums extends DefaultEqualityComparer {
        Enums(ElementType keyType) {
            super(keyType);
        }
    }

    /** The comparer of any other type, object included. */
    @DotNetName("System.Collections.Generic.ObjectEqualityComparer`1")
    public static final class Other extends DefaultEqualityComparer {
        Other(ElementType keyType) {
            super(keyType);
        }
    }
}
