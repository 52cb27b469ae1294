/**
 * The compiler (interpreter core): turns {@code jpwsh-language}'s syntax tree into the executable node tree of
 * {@code node}, one exhaustive switch per syntax family, resolving what can be resolved once (constants, variable
 * kinds, operators, command name keys, which returns can end their block without an exception) so that running
 * does not. The result holds no session state and is shared by every runspace.
 * May use the rest of the core and the modules below the engine; nothing of the services or hosting layers.
 */
package dev.jpwsh.engine.compile;
