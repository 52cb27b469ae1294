package dev.jpwsh.commands.archive;

import dev.jpwsh.engine.command.CommandLibrary;
import dev.jpwsh.engine.command.CommandTable;

/** The cmdlets of Microsoft.PowerShell.Archive. */
public final class ArchiveCommands implements CommandLibrary {
    @Override
    public void register(CommandTable table) {
        table.cmdlet("Compress-Archive", CompressArchiveCommand.class)
                .cmdlet("Expand-Archive", ExpandArchiveCommand.class);
    }
}
