package dev.jpwsh.runtime.ops;

/** A value with .NET format strings of its own ({@code '{0:yyyy-MM-dd}' -f $date}). */
public interface Formattable {
    String format(String format);
}
