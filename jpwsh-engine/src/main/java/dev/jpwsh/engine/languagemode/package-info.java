/**
 * The session's language mode at work (spec 3.2, PSLanguageMode): the checks each mode makes and the errors it
 * raises. {@link dev.jpwsh.engine.languagemode.MemberGate} is the one way script reaches members, conversions and
 * type names: every call route (instance and static calls, the ForEach/Where intrinsics, method-call enumeration,
 * ForEach-Object -MemberName, property and index sets, New-Object, casts, typed variables and parameters,
 * {@code -as}) goes through it, and it asks {@link dev.jpwsh.engine.languagemode.ConstrainedLanguage}, which holds
 * method calls, property sets, object creation and conversions to the
 * {@link dev.jpwsh.engine.languagemode.CoreTypes} and supplies the guard that types.Members asks on every receiver
 * and argument conversion. The gate also hides Java class names outside FullLanguage (and inside it when the
 * InitialSessionState says so). {@link dev.jpwsh.engine.languagemode.RunspaceCommands} decides what script text and
 * which scope a runspace's API may run in NoLanguage and RestrictedLanguage (the restricted-language rules themselves
 * are {@code jpwsh-language}'s {@code RestrictedLanguageChecker}, shared with data sections).
 * Every error comes from {@link dev.jpwsh.engine.languagemode.LanguageModeErrors} with pwsh's id and message. The
 * mode itself lives in the session's ExecutionContext, and script blocks carry the mode they were made in. Checks
 * run on the slow paths (member invocation, conversions to other types, command creation) and cost one read of the
 * mode when the session is not constrained. Stateless: any thread may call these classes. Interpreter core: uses
 * exec, types and the modules below the engine; thread jobs and -Parallel tasks get their parent's mode from the
 * hosting layer's ChildSessions.
 */
package dev.jpwsh.engine.languagemode;
