/**
 * The golden conformance corpus and its runner. {@link dev.jpwsh.conformance.GoldenScriptTest} runs every script
 * under {@code src/test/resources/golden} through the console's entry point ({@link dev.jpwsh.console.Main#run}) and
 * compares exit code, standard output and standard error with what pwsh 7.4 gives; {@code golden/README.md}
 * describes the file layout, the header directives and the known-failures list. Test code only: it depends on the
 * console module and nothing depends on it. Each script runs on the test's own thread under a timeout, in a fresh
 * console run.
 */
package dev.jpwsh.conformance;
