package dev.jpwsh.commands.utility;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.event.PSEventManager;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.runtime.ops.Wildcard;

/** What the event cmdlets share: the session's event manager, source identifier matching, error ids. */
abstract class EventCommand extends Cmdlet {
    final PSEventManager events() {
        return PSEventManager.of(frame().context());
    }

    /** Whether {@code sourceIdentifier} matches {@code pattern} (wildcards, any case); a null pattern matches all. */
    static boolean matches(String pattern, String sourceIdentifier) {
        return pattern == null || Wildcard.matches(sourceIdentifier, pattern, false);
    }

    /** A selector that matched nothing is an error unless it was a wildcard pattern. */
    final void reportIfMissing(boolean found, String pattern, PSException missing) {
        if (!found && pattern != null && !Wildcard.containsWildcardCharacters(pattern)) {
            writeError(missing.record());
        }
    }
}
