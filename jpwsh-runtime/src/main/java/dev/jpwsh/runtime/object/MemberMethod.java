package dev.jpwsh.runtime.object;

import java.util.List;

/**
 * The body of a method added to an object (a ScriptMethod's script block), which the engine implements: what the
 * runtime calls where pwsh's PSObject does, such as an added {@code ToString} when the object becomes a string.
 */
public interface MemberMethod {
    /** Runs the method with {@code self} as {@code $this}; its output as one value, or an array of several. */
    Object invokeAsMember(Object self, List<Object> args);
}
