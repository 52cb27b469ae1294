/**
 * The .NET class library as scripts see it, emulated by Java facades that need no engine: each class carries the
 * {@link dev.jpwsh.runtime.object.DotNetName} of the .NET type it stands for and the .NET member names scripts
 * call ({@code Add}, {@code TryDequeue}, {@code get_Count} as {@code getCount}).
 *
 * <p>Why a module of its own, between {@code jpwsh-runtime} and {@code jpwsh-engine}: the runtime holds
 * PowerShell's value semantics (conversions, operators, the object model), which this library uses but which
 * does not need it; the library is large and grows with every .NET area scripts reach for (IO, processes, XML,
 * web), and keeping it out of the engine means it can be read, tested and grown without the interpreter, while
 * nothing here can reach into session state by accident. It depends on {@code jpwsh-runtime} (and so on
 * {@code jpwsh-language}) and the JDK only; the few .NET types that must run script blocks (delegates made from
 * script blocks) live in the engine's services layer, {@code dev.jpwsh.engine.delegates}.
 *
 * <p>Sub-packages follow .NET's namespaces where a namespace is a whole area: {@code collections}
 * (System.Collections and its Generic, Concurrent and ObjectModel parts, with the members jpwsh's hashtables
 * take from Hashtable), {@code text} (StringBuilder, Regex, Encoding, Convert, string members), {@code time}
 * (DateTime, TimeSpan), {@code threading} (locks, events, Interlocked, timers, IAsyncResult and jpwsh's own
 * threads), {@code net} (sockets), {@code io} (File, Directory, Path, FileInfo, the streams, readers and writers),
 * {@code diagnostics} (Process) and {@code automation} (System.Management.Automation's plain data types). This
 * package holds System's own types that every area shares ({@code [ref]}, delegate types, EventArgs, Version,
 * Guid, Math, Random, Enum, Environment and the process environment it shares with {@code $env:}, the argument
 * exceptions, byte arrays as scripts see them, the statics of the primitive types), the type names this module
 * contributes to the type table ({@link dev.jpwsh.dotnet.DotNetTypeRegistration},
 * {@link dev.jpwsh.dotnet.IOTypeRegistration}), and {@link dev.jpwsh.dotnet.EngineServices}, the one interface
 * through which the library asks the engine above it for PowerShell's conversions and errors.
 */
package dev.jpwsh.dotnet;
