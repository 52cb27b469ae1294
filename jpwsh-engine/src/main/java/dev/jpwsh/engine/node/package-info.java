/**
 * The executable node tree (interpreter core): {@link dev.jpwsh.engine.node.Stmt} and
 * {@link dev.jpwsh.engine.node.Expr} and one small record or class per construct, grouped by family (literals,
 * variables, operators, member access, loops, pipelines, redirections, statements). Nodes are immutable, hold no
 * session state and are shared by every runspace; each does its own work against a frame. May use the rest of the
 * core and the modules below the engine; nothing of the services or hosting layers.
 */
package dev.jpwsh.engine.node;
