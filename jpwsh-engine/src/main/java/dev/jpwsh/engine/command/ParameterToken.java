package dev.jpwsh.engine.command;

/**
 * A {@code -Name} a simple function did not declare, kept in {@code $args}. It reads as {@code -Name}, and
 * splatting {@code @args} passes it on as a parameter name again.
 */
public record ParameterToken(String name) {
    @Override
    public String toString() {
        return "-" + name;
    }
}
