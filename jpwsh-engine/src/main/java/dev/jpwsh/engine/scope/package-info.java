/**
 * Scopes and variables (interpreter core): {@link dev.jpwsh.engine.scope.Scope} (variables and functions by name,
 * dynamic lookup through the parents), {@link dev.jpwsh.engine.scope.PSVariable} and its options, and the index of
 * AllScope names that lets an assignment skip the parents when no variable by that name was ever AllScope. A scope
 * belongs to one session's pipeline thread. May use the rest of the core and the modules below the engine.
 */
package dev.jpwsh.engine.scope;
