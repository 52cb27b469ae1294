/**
 * The fuzz test ({@link dev.jpwsh.conformance.fuzz.FuzzTest}): seeded mutants of the golden corpus
 * ({@link dev.jpwsh.conformance.fuzz.Mutator}) and generated long and deep inputs
 * ({@link dev.jpwsh.conformance.fuzz.LongInputs}) go through the parser, the compiler and, where safe, a sandboxed
 * runspace ({@link dev.jpwsh.conformance.fuzz.ScriptSandbox}); {@link dev.jpwsh.conformance.fuzz.InputCheck} turns
 * what each does into {@link dev.jpwsh.conformance.fuzz.Finding}s; {@link dev.jpwsh.conformance.fuzz.Regressions}
 * holds the inputs kept from earlier failures ({@code src/test/resources/fuzz}). Test code only, on the hosting API
 * and the parser; each input runs on a virtual thread of its own while the test's thread waits for it.
 */
package dev.jpwsh.conformance.fuzz;
