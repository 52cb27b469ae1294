/**
 * The second tier of the interpreter: a statement block that has run often enough ({@link
 * dev.jpwsh.engine.compile.bytecode.Tiered}) is turned into a hidden class generated with {@code java.lang.classfile},
 * whose code does what the block's nodes do, in the same order, calling the same node methods for each step. The
 * node tree stays the first tier and the reference: the generated code only removes the interface calls between a
 * node and its children, which the JVM cannot inline in a tree shared by every script, so that a whole block becomes
 * one method the JIT compiles as a unit. A node the generator does not take apart is called directly, as the
 * concrete class it is. A loop that only computes with int and double variables goes further ({@link
 * dev.jpwsh.engine.compile.bytecode.NumericLoop}): it runs as a kernel that keeps those variables unboxed in JVM
 * locals, typed by what they hold when it starts, and hands an iteration back to the nodes wherever PowerShell would
 * change a variable's type or something from outside must be noticed. May use the rest of the core and the modules
 * below the engine.
 */
package dev.jpwsh.engine.compile.bytecode;
