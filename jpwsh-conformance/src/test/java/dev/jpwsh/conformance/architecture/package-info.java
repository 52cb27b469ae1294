/**
 * The architecture test ({@link dev.jpwsh.conformance.architecture.ArchitectureTest}): ArchUnit reads the class files
 * of every module's production code and checks the dependency rules of the design notes (modules, the engine's
 * layers, no cycles) and the size limit of engine classes. Test code only; it uses ArchUnit and reads the engine's
 * source files to count their lines.
 */
package dev.jpwsh.conformance.architecture;
