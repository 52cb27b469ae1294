package dev.jpwsh.runtime.object;

/**
 * System.Collections.Generic.IEqualityComparer[T] and System.Collections.IEqualityComparer: which items a HashSet
 * or Dictionary treats as the same. A script class implements it with {@code Equals(a, b)} and
 * {@code GetHashCode(item)}, which the class generator maps to these two methods, as it maps {@code Equals(other)}
 * and {@code GetHashCode()} to Java's.
 */
@DotNetName("System.Collections.Generic.IEqualityComparer`1")
public interface EqualityComparer {
    /** {@code Equals(first, second)}: whether the two are the same item. */
    boolean equals(Object first, Object second);

    /** {@code GetHashCode(item)}: equal items must give equal numbers. */
    int hashCode(Object item);
}
