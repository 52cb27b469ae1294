package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.provider.NavigationCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Move-Item (mi, move): moves each item into {@code -Destination} when it is an existing container, else to that
 * name; an existing file there is replaced only with {@code -Force}. {@code -PassThru} writes the moved items.
 */
@DotNetName("Microsoft.PowerShell.Commands.MoveItemCommand")
@SupportsShouldProcess
public final class MoveItemCommand extends ItemTransferCmdlet {
    @Override
    String verb() {
        return "Move";
    }

    @Override
    Object transfer(ProviderContext context, ProviderPath source, String destination) {
        return source.require(NavigationCmdletProvider.class, "Move-Item").moveItem(context, source, destination);
    }
}
