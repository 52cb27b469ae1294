package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.KeyHandlers;
import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Get-PSReadLineKeyHandler: PSReadLine's Emacs bindings that the editor has (in Emacs mode), then the key handlers set
 * in this process (Set-PSReadLineKeyHandler), each a KeyHandler with its Key, Function ({@code ScriptBlock} for a
 * script block) and Description; those of -Chord only. -Unbound lists the functions no key is bound to instead.
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
        ReadLineOptions options = ReadLineOptions.process();
        List<ReadLineOptions.KeyHandler> custom = options.keyHandlers();
        Map<String, String> defaults = new LinkedHashMap<>();
        if (options.editMode() == ReadLineOptions.EditMode.Emacs) {
            KeyHandlers.EMACS_DEFAULTS.forEach((key, function) -> defaults.put(key.toLowerCase(Locale.ROOT), key));
        }
        for (ReadLineOptions.KeyHandler handler : custom) {
            defaults.remove(handler.chord().toLowerCase(Locale.ROOT));
        }
        if (unbound && !bound) {
            Set<String> used = new HashSet<>();
            defaults.values().forEach(key -> used.add(KeyHandlers.EMACS_DEFAULTS.get(key)));
            custom.forEach(handler -> used.add(handler.function()));
            for (String function : KeyHandlers.FUNCTIONS.keySet()) {
                if (!used.contains(function)) {
                    write("Unbound", function, "");
                }
            }
            return;
        }
        for (String key : defaults.values()) {
            if (wanted(key)) {
                write(key, KeyHandlers.EMACS_DEFAULTS.get(key), "");
            }
        }
        for (ReadLineOptions.KeyHandler handler : custom) {
            if ((handler.function() != null || handler.scriptBlock() != null) && wanted(handler.chord())) {
                write(handler.chord(), handler.function() != null ? handler.function() : "ScriptBlock",
                        handler.description() == null ? "" : handler.description());
            }
        }
    }

    private void write(String key, String function, String description) {
        PSObject view = new PSObject();
        view.typeNamesForUpdate().addFirst("Microsoft.PowerShell.KeyHandler");
        view.set("Key", key);
        view.set("Function", function);
        view.set("Description", description);
        writeObject(view);
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
