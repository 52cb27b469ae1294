/**
 * Rendering of formatting objects into lines of text ({@link dev.jpwsh.format.render.LineRenderer}): table, list
 * and wide layouts, column fitting, and the group cache that sizes columns from the first objects. Depends on
 * {@code dev.jpwsh.format.data} only; one renderer belongs to one output and one thread.
 */
package dev.jpwsh.format.render;
