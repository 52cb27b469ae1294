package dev.jpwsh.dotnet;

import java.util.List;
import java.util.ServiceLoader;

/**
 * What the .NET library needs from the script engine above it: PowerShell's conversion of a value to a type,
 * member access as scripts do it (for {@code $x.psobject}'s member lists), and the engine's terminating errors, which a method call passes on to the script unchanged (any other
 * exception a facade throws reaches the script wrapped in a MethodInvocationException). The engine implements
 * this interface and lists its implementation in {@code META-INF/services/dev.jpwsh.dotnet.EngineServices};
 * {@link #ENGINE} is that implementation, found once, on first use.
 */
public interface EngineServices {
    /** The engine's implementation. */
    EngineServices ENGINE = ServiceLoader.load(EngineServices.class, EngineServices.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException("no jpwsh engine on the class path"));

    /** {@code value} converted to {@code type} by PowerShell's rules; the engine's error when it does not convert. */
    Object convert(Object value, Class<?> type);

    /** Whether {@code failure} is one of the engine's terminating errors, as {@link #convert} fails with. */
    boolean isError(RuntimeException failure);

    /**
     * A terminating error with PowerShell's error id, category and message, about {@code target} (may be null),
     * whose exception scripts see as the .NET type {@code dotNetType}.
     */
    RuntimeException error(String errorId, String category, String message, Object target, String dotNetType);

    /** The properties {@code target}'s type gives it (its adapted ones), in the order pwsh lists them. */
    List<String> adaptedProperties(Object target);

    /** The methods {@code target}'s type gives it, each name once. */
    List<String> adaptedMethods(Object target);

    /** The .NET full name of {@code value}'s type, as {@code GetType().FullName} gives it (a generic's with its arguments). */
    String typeName(Object value);

    /** The .NET names of {@code value}'s base types, nearest first, ending with System.Object. */
    List<String> baseTypeNames(Object value);

    /** {@code target.name}, read as a script reads it. */
    Object readMember(Object target, String name);

    /** {@code target.name = value}, as a script sets it. */
    void writeMember(Object target, String name, Object value);

    /** {@code target.name(args)}, as a script calls it. */
    Object invokeMember(Object target, String name, List<Object> args);
}
