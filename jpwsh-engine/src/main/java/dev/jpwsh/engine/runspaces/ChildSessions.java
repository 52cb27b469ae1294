package dev.jpwsh.engine.runspaces;

import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.ScriptBlock;

/**
 * The session state of a runspace a session starts to run script for it (a Start-ThreadJob job, a ForEach-Object
 * -Parallel task): CreateDefault2 in the stricter of the session's mode now and the modes of the script blocks it
 * hands over, hiding Java types when the session does. pwsh takes such a runspace's mode from the system lockdown
 * policy instead; jpwsh follows the parent, so a constrained session's script never runs in FullLanguage by going
 * through a child, and a trusted (FullLanguage) function that starts a child with a constrained caller's block does
 * not lift that block either. Stateless.
 */
public final class ChildSessions {
    private ChildSessions() {
    }

    /**
     * CreateDefault2 for a child of {@code parent} that runs {@code blocks} (null entries, such as an absent
     * -InitializationScript, and blocks with no mode of their own are skipped).
     */
    public static InitialSessionState createDefault2(ExecutionContext parent, ScriptBlock... blocks) {
        PSLanguageMode mode = parent.languageMode();
        for (ScriptBlock block : blocks) {
            if (block != null && block.languageMode() != null) {
                mode = stricter(mode, block.languageMode());
            }
        }
        InitialSessionState state = InitialSessionState.createDefault2();
        state.setLanguageMode(mode);
        state.setHideJavaTypes(parent.hidesJavaTypes());
        return state;
    }

    /** FullLanguage, then ConstrainedLanguage, RestrictedLanguage and NoLanguage, each allowing less than the one before. */
    private static PSLanguageMode stricter(PSLanguageMode a, PSLanguageMode b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(PSLanguageMode mode) {
        return switch (mode) {
            case FullLanguage -> 0;
            case ConstrainedLanguage -> 1;
            case RestrictedLanguage -> 2;
            case NoLanguage -> 3;
        };
    }
}
