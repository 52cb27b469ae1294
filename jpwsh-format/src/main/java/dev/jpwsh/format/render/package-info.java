/**
 * Rendering of formatting objects into lines of text ({@link dev.jpwsh.format.render.LineRenderer}): table, list
 * and wide layouts, column fitting, and the group cache that sizes columns from the first objects; the decoration
 * comes from {@code $PSStyle} ({@link dev.jpwsh.format.render.Style}). Depends on {@code dev.jpwsh.format.data} and
 * the engine's PSStyle; one renderer belongs to one output and one thread.
 */
package dev.jpwsh.format.render;
