package dev.jpwsh.engine.exec;

/** Where a statement or command sends its output objects. */
@FunctionalInterface
public interface Pipe {
    void write(Object value);

    /** A pipe that drops everything ({@code [void]}, {@code $null = ...}, Out-Null). */
    Pipe NULL = value -> {
    };
}
