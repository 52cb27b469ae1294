package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/** Remove-PSReadLineKeyHandler: each chord of -Chord does nothing from the next line on. */
@DotNetName("Microsoft.PowerShell.RemoveKeyHandlerCommand")
public final class RemovePSReadLineKeyHandlerCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, aliases = {"Key"})
    private String[] chord;

    @Override
    protected void endProcessing() {
        for (String key : chord) {
            ReadLineOptions.process().unbind(key);
        }
    }
}
