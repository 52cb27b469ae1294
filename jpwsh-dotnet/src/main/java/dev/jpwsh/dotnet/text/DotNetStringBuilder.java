package dev.jpwsh.dotnet.text;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.CompositeFormat;
import java.util.Arrays;

/** System.Text.StringBuilder: Append and AppendLine return the builder, so calls chain. */
@DotNetName("System.Text.StringBuilder")
public final class DotNetStringBuilder {
    private final StringBuilder text = new StringBuilder();

    public DotNetStringBuilder() {
    }

    /** An empty builder with room for {@code capacity} characters; a negative capacity is .NET's refusal. */
    public DotNetStringBuilder(int capacity) {
        if (capacity < 0) {
            throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentOutOfRangeException("capacity",
                    "capacity ('" + capacity + "') must be a non-negative value.");
        }
        text.ensureCapacity(capacity);
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
        return appendFormatted(format, arg);
    }

    public DotNetStringBuilder AppendFormat(String format, Object first, Object second) {
        return appendFormatted(format, first, second);
    }

    public DotNetStringBuilder AppendFormat(String format, Object first, Object second, Object third) {
        return appendFormatted(format, first, second, third);
    }

    private DotNetStringBuilder appendFormatted(String format, Object... args) {
        text.append(CompositeFormat.format(format, Arrays.asList(args)));
        return this;
    }

    /** Replaces every occurrence of {@code oldValue}, comparing ordinally. */
    public DotNetStringBuilder Replace(String oldValue, String newValue) {
        String replaced = text.toString().replace(oldValue, newValue == null ? "" : newValue);
        text.setLength(0);
        text.append(replaced);
        return this;
    }

    public DotNetStringBuilder Remove(int startIndex, int length) {
        text.delete(startIndex, startIndex + length);
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

    public void setLength(int length) {
        text.setLength(length);
    }

    public String ToString(int startIndex, int length) {
        return text.substring(startIndex, startIndex + length);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
