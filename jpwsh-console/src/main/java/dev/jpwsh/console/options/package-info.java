/**
 * jpwsh's command line, read as pwsh 7 reads its own: the switch table and its prefix rules
 * ({@code StartupSwitch}), the parser ({@link dev.jpwsh.console.options.CommandLineParser}) with pwsh's error
 * messages ({@code CommandLineMessage}), the script-file argument and the arguments passed on to the script, and
 * the usage text. The result, {@link dev.jpwsh.console.options.StartupOptions}, is an immutable value; the
 * parser prints nothing. Depends on the JDK only.
 */
package dev.jpwsh.console.options;
