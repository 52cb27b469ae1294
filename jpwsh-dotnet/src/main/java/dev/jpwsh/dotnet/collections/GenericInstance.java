package dev.jpwsh.dotnet.collections;

import java.util.List;

/**
 * A facade for a .NET generic type ({@code List[int]}, {@code HashSet[string]}) that takes the type arguments of
 * the name it was created through, so that it converts what it holds to them as .NET would enforce them.
 */
public interface GenericInstance {
    /**
     * Called once, right after construction or conversion, with the resolved type arguments: classes, or type values
     * that keep their own arguments ({@link dev.jpwsh.runtime.object.NamedType}).
     */
    void bindTypeArguments(List<?> arguments);

    /** The type arguments bound, as {@code GetType()} shows them; none when the instance was made without. */
    List<?> typeArguments();
}
