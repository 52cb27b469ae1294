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
 *       of one session), the {@code $ExecutionContext} factory, {@code types.DelegateFactory} (script blocks
 *       as .NET delegates) and {@code exec.ScriptBlockSyntax} ({@code $block.Ast}). It implements
 *       {@code jpwsh-dotnet}'s {@code EngineServices} ({@code types.DotNetServices}), through which the .NET library
 *       below asks for PowerShell's conversions
 *       and errors.</li>
 *   <li><b>Session services</b>: {@code event} (engine events, Register-ObjectEvent sources), {@code job} (jobs
 *       and their repository), {@code modules} (module discovery, import, the module table), {@code intrinsics}
 *       ({@code $ExecutionContext}), {@code delegates} (the .NET types that need the engine: delegates and
 *       async callbacks made from script blocks) and {@code languageapi} (System.Management.Automation.Language as
 *       scripts see it: the parser, AST classes, tokens, {@code $block.Ast} through the core's
 *       {@code exec.ScriptBlockSyntax} hook). Upward hook it owns: {@code event.EventOwner} (the runspace whose events
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
 *       default, the calling thread itself for a synchronous Invoke from a thread running no pipeline), with the
 *       session's {@code exec.ExecutionContext}, created for it by {@code InitialSessionState.createSession}.</li>
 *   <li>{@code exec.ScriptFiles} parses the text with {@code jpwsh-language}'s Parser and has
 *       {@code compile.Compiler} turn the syntax tree into a tree of {@code node} objects: immutable, cached by
 *       text, shared by every runspace of the process, wrapped in an {@code exec.ScriptBlock}.</li>
 *   <li>The nodes run against an {@code exec.Frame} (the session, the current {@code scope.Scope}): each
 *       statement ({@code node.Statements.Located}) is a stop point and an event checkpoint, then does its own
 *       work. Expressions use {@code jpwsh-runtime}'s operators and {@code types.Conversions}; member access goes
 *       through {@code languagemode.MemberGate} to {@code types.Members}; type names resolve through
 *       {@code types.TypeResolver}, the table every module registers its types into. A named block that has run
 *       64 times, and a {@code for} or {@code while} loop that has iterated 1,024 times in one run, is compiled to
 *       a JVM class ({@code compile.bytecode}) that takes the same steps through the same node methods, so that
 *       the JIT sees a whole block as one method.</li>
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
 * A JFR profile of {@code fib 25} (a script function calling itself 250,000 times, about 0.25 µs a call) splits a
 * call's time like this:
 * <ul>
 *   <li>About a third binds the call ({@code FunctionProcessor.begin}, {@code ScriptParameterBinder.binding}): the
 *       binding's arrays, the call's new scope, whose first eight variables sit in two short arrays
 *       ({@code scope.VariableTable}, which the scope extends: a map only past eight), and the parameters set into it. The call's other
 *       variables ({@code $args}, {@code $PSBoundParameters}, the parameter set, {@code $MyInvocation},
 *       {@code $input}) are made only when something reaches them by name ({@code scope.DeferredVariables},
 *       {@code command.CallVariables}); a lookup that misses a call scope is mostly answered by the table's 64-bit
 *       filter of the names it holds, without a search.</li>
 *   <li>About a sixth finds the command ({@code CommandResolver.resolve}). A written name remembers per command
 *       table whether it is an alias or Private ({@code command.CommandName}); the function is looked up in the
 *       nearest scope that has functions, which each scope remembers ({@code Scope.enclosingWithFunctions}), so
 *       the walk no longer grows with the depth of the recursion. The global scope's map lookup is most of it.</li>
 *   <li>The rest runs the body: statement bookkeeping (stop point, event checkpoint, {@code $?}), the comparison
 *       and the arithmetic (int fast paths in {@code jpwsh-runtime}), the sub-expressions' output (a single object
 *       is kept without a list) and the one-command pipeline around the call ({@code CommandPipeline.runAlone}). A
 *       {@code return} reached only through statement lists and ifs ends its block by marking the frame.</li>
 * </ul>
 * A pipeline's cost per object is the cmdlet binding its input ({@code command.FieldSetter}: a generated class
 * sets the parameter field, no reflection) and, for ForEach-Object and Where-Object, running the block with
 * {@code $_} set ({@code ScriptBlock.invokeInScope}, through the frame's remembered {@code $_} variable).
 * Variable reads in a loop hit a small per-frame cache ({@code exec.Frame}) that a scope's version number keeps
 * exact. A method call or property read remembers, per node, the Java member it resolved for the receiver's class
 * and argument classes ({@code types}), so a repeated call does no reflection. A hashtable's entries sit in
 * insertion-ordered arrays behind an open-addressing index ({@code object.OrderedKeyTable} in jpwsh-runtime), so
 * a new key costs no node object. A synchronous {@code Invoke()} from a thread that runs no pipeline runs on that
 * thread, so a runspace's create-open-invoke-dispose is a few microseconds, not the 40 a hand-off to a virtual
 * thread cost.
 *
 * <p>The bytecode tier ({@code compile.bytecode}) removed what a tree of shared nodes costs the JIT: every
 * {@code eval} call between a node and its children was a megamorphic interface call that could not be inlined,
 * and in a JFR profile the statement list, the located statement and the one-command pipeline were the hottest
 * frames of their own. With the tier, a profile of the 1e6 loop showed the boxing of the counter and the sum
 * ({@code Integer.valueOf}, {@code Double.valueOf}) and the variable updates; a loop that only computes with numbers
 * now runs on unboxed locals ({@code compile.bytecode.NumericLoop}), about 2 ns an iteration.
 *
 * <p>A call from compiled code of a function by a constant name, alone in its pipeline and given values only, whose
 * block has an end block only and binds by position alone ({@code command.PositionalShape}, worked out once per
 * block), is a {@code command.DirectCall}: the values arrive in one array, which becomes the call's bound values
 * (or its {@code $args}), and the call makes no processor, argument list or binding arrays. A call's scope is one
 * object ({@code scope.Scope} extends its {@code VariableTable}, whose few variables sit in one array of keys and
 * variables side by side), and its frame remembers variables only once it searches often. Measured by allocation
 * and A/B runs rather than by JFR's attribution, which even with {@code -XX:+DebugNonSafepoints} put a fifth of the
 * time in methods whose removal changed nothing.
 *
 * <p>A later profile (December 2026) used {@code perf} with the JIT's symbol map ({@code -XX:+DumpPerfMapAtExit})
 * and {@code -XX:+PrintInlining}, which say which calls the JIT left as calls, and A/B runs of hacked builds, which
 * say what removing a step would save. Three quarters of {@code fib 25}'s time was inside the compiled block's own
 * method, with the rest in the calls the JIT could not inline: {@code DirectCall.run}, the binding and the scope's
 * {@code set}. Removing the call's variables altogether would have saved 30%: the deferral asked the scope, for
 * each of the six names, whether it held one and whether some variable by that name had ever been AllScope. It now
 * asks once for all of them ({@code scope.DeferredNames}: one test of the table's filter, and an AllScope answer
 * remembered until a name is recorded), and a direct call keeps only what its variables would be made from
 * ({@code command.DirectCallVariables}), 40 bytes instead of 72. A block whose parameters are all positional,
 * untyped, unvalidated and optional, given a value for each, binds them as they are
 * ({@code ScriptParameterBinder.bindAsGiven}), a method small enough to inline into the call. A {@code fib 25}
 * call now costs about 55 ns and 256 bytes in seven objects: the frame (40 bytes), the scope (64), the call's
 * variables (40), the argument array (24), the scope's array (32), the parameter's {@code PSVariable} (32) and the
 * parenthesis's output collector (24). What is left is spread thinly over resolving the name (two reads of the
 * function-change count), the statements' bookkeeping (stop point, event checkpoint, position, {@code $?}), the
 * interface call into the callee's compiled block and the scope's {@code set}.
 */
package dev.jpwsh.engine;
