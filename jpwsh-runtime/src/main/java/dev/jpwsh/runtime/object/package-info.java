/**
 * PowerShell's object model on the JVM: custom objects ({@link dev.jpwsh.runtime.object.PSObject}), the hashtable
 * kinds, which values enumerate ({@link dev.jpwsh.runtime.object.Enumeration}), and the .NET identity of every
 * value: {@link dev.jpwsh.runtime.object.DotNetName} marks the .NET type a Java facade stands for, and
 * {@link dev.jpwsh.runtime.object.TypeNames} names types and gives objects without text of their own the .NET type
 * name as their text, so no Java class name shows. {@link dev.jpwsh.runtime.object.TypeRegistration} is the SPI
 * through which each module gives the engine's type table the names of its classes
 * ({@link dev.jpwsh.runtime.object.RuntimeTypeRegistration} is this module's). The extended type system's members
 * ({@link dev.jpwsh.runtime.object.PSMember}) live in {@link dev.jpwsh.runtime.object.MemberTable}s: an object's in
 * {@link dev.jpwsh.runtime.object.InstanceMembers}; the engine evaluates them.
 */
package dev.jpwsh.runtime.object;
