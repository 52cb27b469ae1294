package dev.jpwsh.runtime.object;

/**
 * A type value that is not a plain class (a constructed generic type, a generic definition): what PowerShell's
 * conversion to text shows for it ({@code "$([List[int]])"} is {@code System.Collections.Generic.List[int]}), where
 * its {@code ToString()} method gives .NET's text.
 */
public interface NamedType {
    /** The name as PowerShell writes the type: accelerators for the types that have one, {@code List[int]} form. */
    String powerShellName();

    /** The class that stands for the type (a constructed type's erased class), or null for a .NET type with none. */
    Class<?> type();

    /**
     * The class a type value stands for: a class itself, a named type's class; a generic type argument is either
     * ({@code List[int]} in {@code Dictionary[string,List[int]]} is a named type, to keep its own argument).
     */
    static Class<?> classOf(Object typeValue) {
        return typeValue instanceof NamedType named ? named.type() : (Class<?>) typeValue;
    }
}
