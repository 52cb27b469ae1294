package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ScriptFiles;
import dev.jpwsh.language.parse.ParseError;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.language.parse.RestrictedLanguageChecker;
import dev.jpwsh.language.source.SourceText;
import java.util.List;

/**
 * What a runspace's API (PowerShell.AddScript and AddCommand, command origin Runspace) may run in the session's
 * language mode, checked as each pipeline is built: no script text at all in NoLanguage, script text that follows
 * the restricted-language rules in RestrictedLanguage, and no dot-sourced command in either. ConstrainedLanguage
 * and FullLanguage take anything here; ConstrainedLanguage is checked as the script runs.
 */
public final class RunspaceCommands {
    private RunspaceCommands() {
    }

    /**
     * A pipeline element the API added: script text as the script block to run, a command name as it is; or the
     * exception the invocation fails with.
     */
    public static Object element(ExecutionContext context, String text, boolean isScript, Boolean useLocalScope) {
        if (isScript) {
            return script(context, text);
        }
        checkScope(context, useLocalScope);
        return text;
    }

    /** {@code AddScript(text)}: refused in NoLanguage, held to the restricted-language rules in RestrictedLanguage. */
    private static ScriptBlock script(ExecutionContext context, String text) {
        PSLanguageMode mode = context.languageMode();
        if (mode == PSLanguageMode.NoLanguage) {
            throw LanguageModeErrors.scriptsNotAllowed();
        }
        SourceText source = new SourceText("", text);
        ScriptBlock script = ScriptFiles.compile(source);
        if (mode == PSLanguageMode.RestrictedLanguage) {
            List<ParseError> errors = RestrictedLanguageChecker.checkScript(Parser.parse(source).ast());
            if (!errors.isEmpty()) {
                throw LanguageModeErrors.restrictedLanguage(errors);
            }
        }
        return script;
    }

    /** {@code AddCommand(name, useLocalScope)}: false (dot-sourcing) is refused in RestrictedLanguage and NoLanguage. */
    private static void checkScope(ExecutionContext context, Boolean useLocalScope) {
        PSLanguageMode mode = context.languageMode();
        if (Boolean.FALSE.equals(useLocalScope)
                && (mode == PSLanguageMode.RestrictedLanguage || mode == PSLanguageMode.NoLanguage)) {
            throw LanguageModeErrors.useLocalScopeNotAllowed();
        }
    }
}
