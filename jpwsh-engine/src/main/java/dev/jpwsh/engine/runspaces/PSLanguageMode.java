package dev.jpwsh.engine.runspaces;

/** System.Management.Automation.PSLanguageMode. */
public enum PSLanguageMode {
    FullLanguage, RestrictedLanguage, NoLanguage, ConstrainedLanguage
}
