package dev.jpwsh.dotnet.security;

import dev.jpwsh.runtime.object.DotNetName;
import java.util.Arrays;

/**
 * System.Security.SecureString: text kept out of strings, formatting and conversions (it shows as its type name).
 * As on .NET for Linux it is not encrypted in memory; {@link SecureStrings} is how Java code reads it back.
 */
@DotNetName("System.Security.SecureString")
@dev.jpwsh.runtime.object.DotNetProperties({"Length"})
public final class SecureString implements AutoCloseable {
    private char[] chars;
    private int length;
    private boolean readOnly;

    public SecureString() {
        this.chars = new char[8];
    }

    SecureString(char[] text) {
        this.chars = text.clone();
        this.length = text.length;
    }

    public int getLength() {
        return length;
    }

    public void AppendChar(char c) {
        InsertAt(length, c);
    }

    public void InsertAt(int index, char c) {
        checkWritable();
        checkIndex(index, length + 1);
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, Math.max(8, chars.length * 2));
        }
        System.arraycopy(chars, index, chars, index + 1, length - index);
        chars[index] = c;
        length++;
    }

    public void RemoveAt(int index) {
        checkWritable();
        checkIndex(index, length);
        System.arraycopy(chars, index + 1, chars, index, length - index - 1);
        chars[--length] = 0;
    }

    public void SetAt(int index, char c) {
        checkWritable();
        checkIndex(index, length);
        chars[index] = c;
    }

    public void Clear() {
        checkWritable();
        Arrays.fill(chars, '\0');
        length = 0;
    }

    public SecureString Copy() {
        return new SecureString(Arrays.copyOf(chars, length));
    }

    public void MakeReadOnly() {
        readOnly = true;
    }

    public boolean IsReadOnly() {
        return readOnly;
    }

    public void Dispose() {
        Arrays.fill(chars, '\0');
        length = 0;
        readOnly = true;
    }

    @Override
    public void close() {
        Dispose();
    }

    char[] text() {
        return Arrays.copyOf(chars, length);
    }

    private void checkWritable() {
        if (readOnly) {
            throw new IllegalStateException("Instance is read-only.");
        }
    }

    private static void checkIndex(int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IndexOutOfBoundsException("Index was out of range. Must be non-negative and less than the size"
                    + " of the collection. (Parameter 'index')");
        }
    }

    @Override
    public String toString() {
        return "System.Security.SecureString";
    }
}
