package dev.jpwsh.format;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The formatting cmdlets this module provides; found by {@link CommandTable#builtIn()}. */
public final class FormatCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Out-String", OutStringCommand.class);
    }
}
