package dev.jpwsh.engine.languagemode;

/** System.Management.Automation.PSLanguageMode. */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PSLanguageMode")
public enum PSLanguageMode {
    /** Every language element and .NET type is allowed; {@link InitialSessionState#createDefault()}'s mode. */
    FullLanguage,
    /** Commands and simple expressions only: no script blocks, assignments, method calls or most variables. */
    RestrictedLanguage,
    /** Commands only, no script text (AddScript fails: ScriptsNotAllowed); {@link InitialSessionState#create()}'s. */
    NoLanguage,
    /** Every language element, but only allow-listed .NET types, checked as the script runs. */
    ConstrainedLanguage
}
