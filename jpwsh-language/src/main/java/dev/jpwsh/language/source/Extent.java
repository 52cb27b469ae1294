package dev.jpwsh.language.source;

/**
 * A range {@code [start, end)} of character offsets in a {@link SourceText}. Two extents are equal when
 * they cover the same range of the same text.
 */
public record Extent(SourceText source, int start, int end) {
    public String text() {
        return source.text().substring(start, end);
    }

    public Position startPosition() {
        return source.position(start);
    }

    public Position endPosition() {
        return source.position(end);
    }

    /** The extent from the start of this one to the end of {@code last}. */
    public Extent to(Extent last) {
        return new Extent(source, start, Math.max(end, last.end));
    }

    public Extent empty() {
        return new Extent(source, start, start);
    }

    @Override
    public String toString() {
        Position from = startPosition();
        Position to = endPosition();
        return from.line() + ":" + from.column() + "-" + to.line() + ":" + to.column();
    }
}
