package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;

/**
 * Get-PSReadLineKeyHandler: the key handlers set in this process (Set-PSReadLineKeyHandler), each a KeyHandler with
 * its Key, Function ({@code ScriptBlock} for a script block) and Description, or those of -Chord. The editor's own
 * Emacs bindings are JLine's and not listed.
 */
@DotNetName("Microsoft.PowerShell.GetKeyHandlerCommand")
public final class GetPSReadLineKeyHandlerCommand extends Cmdlet {
    @Parameter(position = 0, aliases = {"Key"})
    private String[] chord;

    @Parameter
    private boolean bound;

    @Parameter
    private boolean unbound;

    @Override
    protected void endProcessing() {
        for (ReadLineOptions.KeyHandler handler : ReadLineOptions.process().keyHandlers()) {
            if (handler.function() == null && handler.scriptBlock() == null || !wanted(handler.chord())) {
                continue;
            }
            PSObject view = new PSObject();
            view.typeNamesForUpdate().addFirst("Microsoft.PowerShell.KeyHandler");
            view.set("Key", handler.chord());
            view.set("Function", handler.function() != null ? handler.function() : "ScriptBlock");
            view.set("Description", handler.description() == null ? "" : handler.description());
            writeObject(view);
        }
    }

    private boolean wanted(String key) {
        if (chord == null) {
            return true;
        }
        for (String c : chord) {
            if (c.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }
}
