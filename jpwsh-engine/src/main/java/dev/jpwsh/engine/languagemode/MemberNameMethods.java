package dev.jpwsh.engine.languagemode;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.runtime.error.ErrorRecord;

/**
 * A method ForEach-Object calls by name ({@code ForEach-Object -MemberName Name -ArgumentList ...}): never in
 * RestrictedLanguage, and in ConstrainedLanguage only on objects of core types. NoLanguage, which pwsh leaves alone,
 * holds it as ConstrainedLanguage does (jpwsh's choice: a NoLanguage session must reach no more than a constrained
 * one). The cmdlet writes the refusal as a non-terminating error and goes on with the next object.
 */
public final class MemberNameMethods {
    private MemberNameMethods() {
    }

    /** The error to write instead of calling a method on {@code target}, or null when the call may go on. */
    public static ErrorRecord refusal(ExecutionContext context, Object target) {
        return switch (context.languageMode()) {
            case RestrictedLanguage -> LanguageModeErrors.forEachMethodInRestrictedLanguage();
            case ConstrainedLanguage, NoLanguage -> CoreTypes.isCoreValue(target) ? null
                    : LanguageModeErrors.forEachMethodInConstrainedLanguage();
            case FullLanguage -> null;
        };
    }
}
