package dev.jpwsh.format;

import dev.jpwsh.engine.command.CommandTable;

/** The formatting cmdlets this module provides. */
public final class FormatCommands {
    private FormatCommands() {
    }

    public static CommandTable register(CommandTable table) {
        return table.cmdlet("Out-String", OutStringCommand::new).alias("oss", "Out-String");
    }
}
