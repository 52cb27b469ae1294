package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.ScriptBlock;

/**
 * Dot-sourcing across language modes: a constrained or restricted session may not dot-source a command defined in
 * another mode, which would bring that code's functions and variables into the session's scope. (pwsh lets a block
 * that is nothing but commands with constant arguments through; jpwsh refuses every such block.)
 */
public final class DotSourcing {
    private DotSourcing() {
    }

    public static void check(ExecutionContext context, ScriptBlock block) {
        PSLanguageMode session = context.languageMode();
        PSLanguageMode defined = block.languageMode();
        if (defined != null && defined != session
                && (session == PSLanguageMode.ConstrainedLanguage || session == PSLanguageMode.RestrictedLanguage)) {
            throw LanguageModeErrors.dotSourceNotSupported();
        }
    }
}
