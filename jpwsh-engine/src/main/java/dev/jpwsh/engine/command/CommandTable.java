package dev.jpwsh.engine.command;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Java commands and aliases a session knows: cmdlet names to factories, alias names to command names.
 * Filled once at startup and then only read; safe for all threads.
 */
public final class CommandTable {
    private final Map<String, Supplier<? extends Cmdlet>> cmdlets = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();

    /** The commands of every {@link CommandLibrary} on the class path, loaded once and shared by every session. */
    public static CommandTable builtIn() {
        return BuiltIn.TABLE;
    }

    private static final class BuiltIn {
        static final CommandTable TABLE = load();

        private static CommandTable load() {
            CommandTable table = new CommandTable();
            for (CommandLibrary library : java.util.ServiceLoader.load(CommandLibrary.class)) {
                library.register(table);
            }
            return table;
        }
    }

    public CommandTable cmdlet(String name, Supplier<? extends Cmdlet> factory) {
        String key = name.toLowerCase(Locale.ROOT);
        cmdlets.put(key, factory);
        names.put(key, name);
        return this;
    }

    public CommandTable alias(String alias, String command) {
        aliases.put(alias.toLowerCase(Locale.ROOT), command);
        return this;
    }

    /** The command an alias stands for, or null. */
    public String resolveAlias(String name) {
        return aliases.get(name.toLowerCase(Locale.ROOT));
    }

    /** A new instance of the named cmdlet, or null. */
    public Cmdlet create(String name) {
        Supplier<? extends Cmdlet> factory = cmdlets.get(name.toLowerCase(Locale.ROOT));
        return factory == null ? null : factory.get();
    }

    /** The cmdlet's name as registered ({@code Write-Output}). */
    public String canonicalName(String name) {
        return names.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
}
