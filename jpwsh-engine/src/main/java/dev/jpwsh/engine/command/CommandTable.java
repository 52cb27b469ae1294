package dev.jpwsh.engine.command;

import dev.jpwsh.engine.types.TypeResolver;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Java cmdlets and the aliases a session knows, by name (any case), in the order they were added. Filled
 * before any session uses it and then only read, so one table may serve every session and thread.
 */
public final class CommandTable {
    private final Map<String, CmdletInfo> cmdlets = new LinkedHashMap<>();
    private final Map<String, AliasInfo> aliases = new LinkedHashMap<>();
    /** The lower-cased names of the Private commands, which the top level of a host's pipeline does not find. */
    private final Set<String> hidden = new HashSet<>();

    /**
     * The commands of every {@link CommandLibrary} on the class path, loaded once and shared by every session; their
     * implementing types become known to scripts by their .NET names.
     */
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
            table.cmdlets.values().forEach(c -> TypeResolver.registerWhenNeeded(c.getImplementingType()));
            return table;
        }
    }

    public CommandTable cmdlet(String name, Class<? extends Cmdlet> implementingType) {
        cmdlets.put(name.toLowerCase(Locale.ROOT), new CmdletInfo(name, implementingType));
        return this;
    }

    public CommandTable alias(String alias, String command) {
        aliases.put(alias.toLowerCase(Locale.ROOT), new AliasInfo(alias, command));
        return this;
    }

    /**
     * A copy of this table with {@code alias} added or replaced, for a session whose scripts define aliases: the
     * table itself stays as it is, as every table does once a session uses it.
     */
    public CommandTable withAlias(AliasInfo alias) {
        CommandTable copy = copy();
        copy.aliases.put(alias.name().toLowerCase(Locale.ROOT), alias);
        return copy;
    }

    /** A copy of this table without the named alias. */
    public CommandTable withoutAlias(String name) {
        CommandTable copy = copy();
        copy.aliases.remove(name.toLowerCase(Locale.ROOT));
        return copy;
    }

    private CommandTable copy() {
        CommandTable copy = new CommandTable();
        copy.cmdlets.putAll(cmdlets);
        copy.aliases.putAll(aliases);
        copy.hidden.addAll(hidden);
        return copy;
    }

    /** The named alias, or null. */
    public AliasInfo alias(String name) {
        return aliases.get(name.toLowerCase(Locale.ROOT));
    }

    /** Makes the named command Private: {@link CommandResolver} finds it only from functions and script blocks. */
    public CommandTable hide(String name) {
        hidden.add(name.toLowerCase(Locale.ROOT));
        return this;
    }

    public boolean isHidden(String name) {
        return !hidden.isEmpty() && hidden.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The command an alias stands for, or null. */
    public String resolveAlias(String name) {
        return aliasTarget(name.toLowerCase(Locale.ROOT));
    }

    /** {@link #resolveAlias} for a name already lower-cased. */
    public String aliasTarget(String key) {
        AliasInfo alias = aliases.get(key);
        return alias == null ? null : alias.definition();
    }

    /** The named cmdlet, or null. */
    public CmdletInfo cmdlet(String name) {
        return cmdlets.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every cmdlet, in the order added. */
    public List<CmdletInfo> cmdlets() {
        return List.copyOf(cmdlets.values());
    }

    /** Every alias, in the order added. */
    public List<AliasInfo> aliases() {
        return List.copyOf(aliases.values());
    }
}
