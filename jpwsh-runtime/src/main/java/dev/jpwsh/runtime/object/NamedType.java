package dev.jpwsh.runtime.object;

/**
 * A type value that is not a plain class (a constructed generic type, a generic definition): what PowerShell's
 * conversion to text shows for it ({@code "$([List[int]])"} is {@code System.Collections.Generic.List[int]}), where
 * its {@code ToString()} method gives .NET's text.
 */
public interface NamedType {
    /** The name as PowerShell writes the type: accelerators for the types that have one, {@code List[int]} form. */
    String powerShellName();
}
