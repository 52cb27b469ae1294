/**
 * The jpwsh engine: runs PowerShell script in isolated sessions (runspaces). Read this first; each package's own
 * {@code package-info} says what lives there.
 *
 * <h2>Layers</h2>
 * The engine is three layers, bottom up. A package uses its own layer and those below it, never one above: where
 * a lower layer must call up, it calls an interface it owns that the upper layer implements and installs. The
 * architecture test in {@code jpwsh-conformance} fails the build on any other dependency, on a cycle between
 * layers, and on a class over 800 lines.
 * <ol>
 *   <li><b>Interpreter core</b>: {@code compile} (syntax tree to nodes), {@code node} (one small class per
 *       construct), {@code exec} (the session's ExecutionContext, frames, pipes, script blocks, streams and error
 *       records), {@code scope} (scopes and variables), {@code command} (command resolution, cmdlet, function and
 *       external processors, pipelines, parameter binding), {@code types} (conversions, member binding, the type
 *       table), {@code languagemode} (the gate every member access and conversion passes, and PSLanguageMode),
 *       {@code host} (the host SPI output goes through). Upward hooks it owns: {@code exec.PendingActions} (the
 *       engine events' queue a statement checkpoint runs), {@code ExecutionContext.installService} (the services
 *       of one session), the {@code $ExecutionContext} factory and {@code types.DelegateFactory} (script blocks
 *       as .NET delegates). It implements {@code jpwsh-dotnet}'s {@code EngineServices}
 *       ({@code types.DotNetServices}), through which the .NET library below asks for PowerShell's conversions
 *       and errors.</li>
 *   <li><b>Session services</b>: {@code event} (engine events, Register-ObjectEvent sources), {@code job} (jobs
 *       and their repository), {@code modules} (module discovery, import, the module table), {@code intrinsics}
 *       ({@code $ExecutionContext}) and {@code delegates} (the .NET types that need the engine: delegates and
 *       async callbacks made from script blocks). Upward hook it owns: {@code event.EventOwner} (the runspace whose events
 *       they are).</li>
 *   <li><b>Hosting API</b>: {@code runspaces} (RunspaceFactory, Runspace, RunspacePool, PowerShell,
 *       InitialSessionState, their states and events; the public Java API, shaped like
 *       System.Management.Automation) and this package's {@link dev.jpwsh.engine.ScriptRunner}. It creates
 *       sessions and installs the services into them ({@code runspaces.SessionServices}).</li>
 * </ol>
 * Below the engine: {@code jpwsh-language} (tokens, syntax tree, parser), {@code jpwsh-runtime} (values,
 * PowerShell's conversions and operators, error records, the type-registration SPI) and {@code jpwsh-dotnet}
 * (the .NET class library that needs no engine). Each module and layer registers the type names of its own
 * classes (a {@code *TypeRegistration} beside them, listed in {@code META-INF/services}), so the type table
 * imports none of them. Above it: the cmdlets ({@code jpwsh-commands}), formatting
 * ({@code jpwsh-format}), the console and JSR-223.
 *
 * <h2>How a script runs, from text to output</h2>
 * <ol>
 *   <li>A host asks a {@code runspaces.PowerShell} to run script text (or {@code ScriptRunner} a file). The
 *       runspace runs the request as a pipeline on its own thread ({@code Runspace.execute}: a virtual thread by
 *       default), with the session's {@code exec.ExecutionContext}, created for it by
 *       {@code InitialSessionState.createSession}.</li>
 *   <li>{@code exec.ScriptFiles} parses the text with {@code jpwsh-language}'s Parser and has
 *       {@code compile.Compiler} turn the syntax tree into a tree of {@code node} objects: immutable, cached by
 *       text, shared by every runspace of the process, wrapped in an {@code exec.ScriptBlock}.</li>
 *   <li>The nodes run against an {@code exec.Frame} (the session, the current {@code scope.Scope}): each
 *       statement ({@code node.Statements.Located}) is a stop point and an event checkpoint, then does its own
 *       work. Expressions use {@code jpwsh-runtime}'s operators and {@code types.Conversions}; member access goes
 *       through {@code languagemode.MemberGate} to {@code types.Members}; type names resolve through
 *       {@code types.TypeResolver}, the table every module registers its types into.</li>
 *   <li>A command pipeline ({@code node.Pipelines}) asks {@code command.CommandResolver} what each name is
 *       (alias, function, cmdlet, script, native program), gets a {@code command.CommandProcessor} for each,
 *       binds parameters ({@code command.ScriptParameterBinder} for script, {@code CmdletProcessor} for cmdlets),
 *       and {@code command.CommandPipeline} drives begin, process and end, passing objects through
 *       {@code exec.Pipe}s.</li>
 *   <li>Output objects reach the caller's {@code exec.PSDataCollection} (or the host's formatting); errors,
 *       warnings, verbose, debug, information and progress go to their streams ({@code exec.ErrorStream},
 *       {@code exec.MessageStreams}) and from there to the PowerShell's streams or the {@code host}.</li>
 * </ol>
 *
 * <h2>Where a call's time goes (profiled December 2026)</h2>
 * A JFR profile of {@code fib 25} (a script function calling itself 250,000 times, about 0.4 µs a call on a
 * quiet core) splits a call's time like this:
 * <ul>
 *   <li>About half binds the call ({@code FunctionProcessor.begin}). Most of that is
 *       {@code ScriptParameterBinder.bind}, which makes each call's variables one by one in a new scope's hash map:
 *       the parameters, {@code $args}, {@code $PSBoundParameters} (a new hashtable), the parameter-set name. Another
 *       seventh builds {@code $MyInvocation} (InvocationInfo, CommandInfo) and the {@code __CommandName} variable.
 *       Keys are lower-cased at compile time, and a new variable looks for an AllScope one in the parents only when
 *       some variable has carried that name with AllScope ({@code scope.AllScopeNames}).</li>
 *   <li>About a quarter resolves the command name at every call ({@code Pipelines.CommandElement.processor},
 *       {@code CommandResolver.resolve}): the alias table, then a walk up the scopes for the function. Caching it
 *       per call site needs a generation counter bumped by every function definition and removal.</li>
 *   <li>The rest runs the body: statement bookkeeping (stop point, event checkpoint, {@code $?}), the comparison
 *       and the arithmetic (int fast paths in {@code jpwsh-runtime}), collecting the sub-expressions' output, and
 *       the pipeline around the call. A {@code return} reached only through statement lists and ifs ends its block
 *       by marking the frame instead of throwing.</li>
 * </ul>
 * Variable reads in a loop hit a small per-frame cache ({@code exec.Frame}) that a scope's version number keeps
 * exact. A method call or property read remembers, per node, the Java member it resolved for the receiver's class
 * and argument classes ({@code types}), so a repeated call does no reflection. What remains is boxing of loop
 * counters and sums, the hash maps of scopes, and the per-call objects above. The known next steps are
 * compile-time slots for variables where dynamic scoping allows, variables like {@code $MyInvocation} built only
 * when something reads them, and a bytecode tier for hot script blocks.
 */
package dev.jpwsh.engine;
