/**
 * Types (interpreter core): PowerShell's conversions ({@link dev.jpwsh.engine.types.Conversions}), member binding
 * on any value ({@link dev.jpwsh.engine.types.Members}, {@link dev.jpwsh.engine.types.MethodInvoker}, with the
 * {@link dev.jpwsh.engine.types.MemberGuard} a language mode sets), the type object a type literal or
 * {@code GetType()} gives ({@link dev.jpwsh.engine.types.DotNetType}, whose System.Type members the subpackage
 * {@code reflection} answers), and the type table ({@link dev.jpwsh.engine.types.TypeResolver}),
 * which names no class itself: every module and engine layer registers its own through {@code jpwsh-runtime}'s
 * {@code TypeRegistration}, found with ServiceLoader when the table is first built. A method-call node keeps a
 * {@link dev.jpwsh.engine.types.MethodCallSite}: the method its last call resolved to, reused while the receiver's
 * class, the name and the argument classes stay the same, and a member-access node a
 * {@link dev.jpwsh.engine.types.PropertyReadSite} for the getter it called; each class's public methods are looked
 * up once.
 *
 * <p>Hooks: {@link dev.jpwsh.engine.types.DelegateFactory} is how a conversion makes a script block into a .NET
 * delegate, implemented by the services layer's {@code delegates}; {@link dev.jpwsh.engine.types.DotNetServices}
 * is the engine's side of {@code jpwsh-dotnet}'s {@code EngineServices} (conversions and errors for the .NET
 * library below). May use the rest of the core and the modules below the engine; nothing of the services or
 * hosting layers. Everything here is stateless, a process-wide table safe for all threads, or (a call site) an
 * immutable resolution replaced whole.
 */
package dev.jpwsh.engine.types;
