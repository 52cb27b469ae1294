/**
 * PowerShell classes and enums as real JVM classes (interpreter core). The compiler turns each definition into a
 * {@link dev.jpwsh.engine.classes.TypeDefinition} and a script block's definitions into one
 * {@link dev.jpwsh.engine.classes.TypeGroup}, run by the block's first statement
 * ({@link dev.jpwsh.engine.classes.DefineTypes}). Running it the first time generates the class files with
 * {@code java.lang.classfile} ({@code GroupBuilder}, {@code ClassBytes}) into a class loader of their own
 * ({@code DefinitionLoader}); every member is public Java, so Java code, reflection, generics, the hosting API and
 * jpwsh's member binding see one type. Method, constructor and initializer bodies call back into
 * {@link dev.jpwsh.engine.classes.ClassRuntime}, which runs the compiled script on the calling thread: no runspace
 * affinity. A script enum derives from {@code jpwsh-runtime}'s {@code ScriptEnum}. May use the rest of the core
 * ({@code exec}, {@code node}, {@code scope}, {@code types}, {@code command}'s validation, {@code languagemode}) and
 * the modules below the engine.
 */
package dev.jpwsh.engine.classes;
