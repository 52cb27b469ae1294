/**
 * {@code $ExecutionContext} and what hangs off it: views of the running session that scripts call as .NET
 * objects (SessionState.PSVariable, InvokeCommand.ExpandString). Each view is bound to the frame that read
 * {@code $ExecutionContext}, so it works on that runspace's scopes; like the frame, it is used by that
 * runspace's pipeline thread only. Session services layer: uses the interpreter core and the engine events; the
 * hosting layer installs {@link dev.jpwsh.engine.intrinsics.EngineIntrinsics} as the session's
 * {@code $ExecutionContext}.
 */
package dev.jpwsh.engine.intrinsics;
