package dev.jpwsh.engine.types.dotnet;

import dev.jpwsh.runtime.convert.LanguagePrimitives;

/** System.Text.StringBuilder: Append and AppendLine return the builder, so calls chain. */
public final class DotNetStringBuilder {
    private final StringBuilder text = new StringBuilder();

    public DotNetStringBuilder() {
    }

    public DotNetStringBuilder(String initial) {
        text.append(initial);
    }

    public DotNetStringBuilder Append(Object value) {
        text.append(LanguagePrimitives.toString(value));
        return this;
    }

    public DotNetStringBuilder AppendLine() {
        text.append('\n');
        return this;
    }

    public DotNetStringBuilder AppendLine(Object value) {
        text.append(LanguagePrimitives.toString(value)).append('\n');
        return this;
    }

    public DotNetStringBuilder AppendFormat(String format, Object arg) {
        text.append(dev.jpwsh.runtime.ops.CompositeFormat.format(format, java.util.List.of(arg)));
        return this;
    }

    public DotNetStringBuilder Insert(int index, Object value) {
        text.insert(index, LanguagePrimitives.toString(value));
        return this;
    }

    public DotNetStringBuilder Clear() {
        text.setLength(0);
        return this;
    }

    public int getLength() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
