/**
 * Script text and positions in it: {@link dev.jpwsh.language.source.SourceText} (the text and its line table),
 * {@link dev.jpwsh.language.source.Position}, {@link dev.jpwsh.language.source.Extent}, and the excerpt errors show
 * of an extent ({@link dev.jpwsh.language.source.PositionMessage}). Depends on the JDK
 * only; every class is immutable and may be shared by any thread.
 */
package dev.jpwsh.language.source;
