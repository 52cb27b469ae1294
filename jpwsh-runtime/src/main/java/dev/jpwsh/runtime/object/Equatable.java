package dev.jpwsh.runtime.object;

/**
 * System.IEquatable[T], as a script class implements it ({@code class P : System.IEquatable[object]}): its
 * {@code Equals} is Java's {@code equals}, so the engine's {@code -eq}, hashtable keys and collections use it.
 *
 * @param <T> the type the instance compares with
 */
@DotNetName("System.IEquatable`1")
public interface Equatable<T> {
    /** {@code Equals(other)}: whether {@code other} is equal to this instance. */
    @Override
    boolean equals(Object other);
}
