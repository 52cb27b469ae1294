/**
 * Commands (interpreter core): what a command name means ({@link dev.jpwsh.engine.command.CommandResolver}: alias,
 * function, cmdlet, script file, native program), the processors that run each kind in a pipeline
 * ({@link dev.jpwsh.engine.command.CmdletProcessor}, {@link dev.jpwsh.engine.command.FunctionProcessor},
 * {@link dev.jpwsh.engine.command.ExternalProcessor}), the pipeline that drives them
 * ({@link dev.jpwsh.engine.command.CommandPipeline}), native programs (found on the session's PATH by
 * {@link dev.jpwsh.engine.command.NativeCommandLookup}, their arguments, output reading and exit errors), script files
 * with their own {@code $PSScriptRoot} ({@link dev.jpwsh.engine.command.ScriptFileCommand}), parameter sets and binding
 * ({@link dev.jpwsh.engine.command.ScriptParameterBinder}, {@link dev.jpwsh.engine.command.ParameterSetResolver},
 * the common parameters), the cmdlet base class and its annotations ({@link dev.jpwsh.engine.command.Cmdlet},
 * {@link dev.jpwsh.engine.command.Parameter}) and the session's table of cmdlets and aliases. May use the rest of
 * the core (exec, node, scope, types, languagemode, host) and the modules below the engine; nothing of the
 * services or hosting layers.
 */
package dev.jpwsh.engine.command;
