package dev.jpwsh.engine.command;

/**
 * A module's built-in commands. Each module that has some lists its library in
 * {@code META-INF/services/dev.jpwsh.engine.command.CommandLibrary}; {@link CommandTable#builtIn()} loads them all.
 */
public interface CommandLibrary {
    void register(CommandTable table);
}
