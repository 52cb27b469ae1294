package dev.jpwsh.console.psreadline;

import dev.jpwsh.console.line.KeyHandlers;
import dev.jpwsh.console.line.ReadLineOptions;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Get-PSReadLineKeyHandler: PSReadLine's Emacs bindings that the editor has (in Emacs mode) and the key handlers set
 * in this process (Set-PSReadLineKeyHandler, which replace a default of the same chord), as KeyHandler objects with
 * Key, Function ({@code ScriptBlock} for a script block), Description and Group, written group by group in
 * PSReadLine's order and by function within a group; those of -Chord only. -Unbound lists the functions no key is
 * bound to instead.
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
        Map<String, KeyHandler> handlers = new LinkedHashMap<>();
        KeyHandlers.bound(options).forEach((key, entry) -> handlers.put(key, handler(entry.chord(), entry.function(),
                entry.description())));
        List<KeyHandler> listed = new ArrayList<>();
        if (unbound && !bound) {
            Set<String> used = new HashSet<>();
            handlers.values().forEach(handler -> used.add(handler.getFunction()));
            for (String function : KeyHandlers.FUNCTIONS.keySet()) {
                if (!used.contains(function)) {
                    listed.add(handler("Unbound", function, null));
                }
            }
        } else if (chord != null) {
            for (String key : chord) {
                KeyHandler handler = handlers.get(KeyHandlers.normalize(key));
                if (handler != null) {
                    listed.add(handler);
                }
            }
        } else {
            listed.addAll(handlers.values());
        }
        listed.sort(Comparator.comparing(KeyHandler::getGroup)
                .thenComparing(KeyHandler::getFunction, String.CASE_INSENSITIVE_ORDER));
        listed.forEach(this::writeObject);
    }

    private static KeyHandler handler(String key, String function, String description) {
        return new KeyHandler(key, function, description, BuiltInFunctions.group(function));
    }
}
