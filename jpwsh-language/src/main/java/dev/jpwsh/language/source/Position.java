package dev.jpwsh.language.source;

/** A point in a source text: a 0-based character offset and its 1-based line and column. */
public record Position(int offset, int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
