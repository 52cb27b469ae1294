package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Copy-Item (copy, cpi): copies each item to {@code -Destination} (into it when it is an existing container,
 * else to that name); a container alone, or with {@code -Recurse} all it holds. Items that fail are reported and the
 * others copied; {@code -PassThru} writes the copies. {@code -Container} is accepted as pwsh's (on by default).
 */
@DotNetName("Microsoft.PowerShell.Commands.CopyItemCommand")
public final class CopyItemCommand extends ItemTransferCmdlet {
    @Parameter
    private boolean recurse;

    @Parameter
    private boolean container = true;

    @Override
    String verb() {
        return "Copy";
    }

    @Override
    Object transfer(ProviderContext context, ProviderPath source, String destination) {
        return source.require(ContainerCmdletProvider.class, "Copy-Item").copyItem(context, source, destination,
                recurse);
    }
}
