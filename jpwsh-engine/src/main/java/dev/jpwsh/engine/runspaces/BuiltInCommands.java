package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CmdletInfo;
import dev.jpwsh.engine.command.CommandTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The command entries of a default session state: one per built-in cmdlet, then one per built-in alias, then the
 * default functions ({@link DefaultFunctions}), made once per process from {@link CommandTable#builtIn()} and shared
 * (read-only) by every default session state.
 */
final class BuiltInCommands {
    private static final List<SessionStateFunctionEntry> FUNCTIONS = DefaultFunctions.entries();
    private static final List<SessionStateCommandEntry> ENTRIES = entriesOf(CommandTable.builtIn());

    private BuiltInCommands() {
    }

    static List<SessionStateCommandEntry> entries() {
        return ENTRIES;
    }

    /** The default functions among the entries. */
    static List<SessionStateFunctionEntry> functions() {
        return FUNCTIONS;
    }

    private static List<SessionStateCommandEntry> entriesOf(CommandTable table) {
        List<SessionStateCommandEntry> entries = new ArrayList<>();
        for (CmdletInfo cmdlet : table.cmdlets()) {
            entries.add(new SessionStateCmdletEntry(cmdlet.getName(), cmdlet.getImplementingType(), null));
        }
        for (AliasInfo alias : table.aliases()) {
            entries.add(new SessionStateAliasEntry(alias.name(), alias.definition()));
        }
        entries.addAll(FUNCTIONS);
        return List.copyOf(entries);
    }
}
