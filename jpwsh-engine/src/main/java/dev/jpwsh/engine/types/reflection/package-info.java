/**
 * Reflection as scripts see it (interpreter core): System.Type's member lists and lookups ({@code GetMethods},
 * {@code GetProperty(name, [BindingFlags]'Public,Instance')}, {@code InvokeMember}), the MemberInfo family
 * (MethodInfo, ConstructorInfo, PropertyInfo, FieldInfo, ParameterInfo) with Invoke, GetValue and SetValue,
 * BindingFlags, the emulated assemblies and {@code [AppDomain]::CurrentDomain.GetAssemblies()}, the TypeAccelerators
 * table. A type's members are
 * found once per class ({@link dev.jpwsh.engine.types.reflection.TypeReflection}) and shared by every thread; the
 * member objects are immutable. Calls go through {@code types.Members} and {@code types.MethodInvoker}, so a
 * reflected call converts arguments and reports failures as a script's call does. May use the rest of the core and
 * the modules below the engine.
 */
package dev.jpwsh.engine.types.reflection;
