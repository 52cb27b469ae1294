/**
 * The .NET types that need the engine (session services layer): delegates made from script blocks
 * ({@link dev.jpwsh.engine.delegates.ScriptDelegate}: System.Func, Action, Predicate, Comparison, Converter,
 * AsyncCallback), which implement {@code jpwsh-dotnet}'s {@code Delegate} interfaces so that the library's facades
 * take them, and run their block in its session (a callback from another thread on the block's own runspace
 * thread). The core's conversions reach them through {@code types.DelegateFactory}, implemented here by
 * {@link dev.jpwsh.engine.delegates.ScriptDelegateFactory}; their type names are registered by
 * {@link dev.jpwsh.engine.delegates.DelegateTypeRegistration}. May use the interpreter core and the modules below
 * the engine; nothing of the hosting layer.
 */
package dev.jpwsh.engine.delegates;
