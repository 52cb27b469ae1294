package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Delegate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * System.Array's static methods on PowerShell's arrays ({@code [array]::IndexOf($a, 2)}, {@code [array]::Reverse($a)}):
 * searching with .NET's Equals, reversing, sorting with the default comparer (.NET's introspective sort), copying,
 * clearing, and the predicate searches. The methods that change an array take it as it is (a conversion to
 * {@code Object[]} would copy it).
 */
public final class ArrayStatics {
    private ArrayStatics() {
    }

    public static int IndexOf(Object[] array, Object value) {
        return IndexOf(array, value, 0);
    }

    public static int IndexOf(Object[] array, Object value, int startIndex) {
        ArgumentExceptions.notNull(array, "array");
        for (int i = startIndex; i < array.length; i++) {
            if (Objects.equals(array[i], value)) {
                return i;
            }
        }
        return -1;
    }

    public static int LastIndexOf(Object[] array, Object value) {
        ArgumentExceptions.notNull(array, "array");
        for (int i = array.length - 1; i >= 0; i--) {
            if (Objects.equals(array[i], value)) {
                return i;
            }
        }
        return -1;
    }

    /** The array itself, for the methods that change it in place. */
    private static Object[] inPlace(Object value) {
        if (value instanceof Object[] array) {
            return array;
        }
        ArgumentExceptions.notNull(value, "array");
        throw ArgumentExceptions.argument("Only single dimensional arrays are supported for the requested action.",
                "array");
    }

    public static void Reverse(Object value) {
        Object[] array = inPlace(value);
        for (int i = 0, j = array.length - 1; i < j; i++, j--) {
            Object swap = array[i];
            array[i] = array[j];
            array[j] = swap;
        }
    }

    /** Sorts in place by the items' own order, nulls first, as .NET's default comparer does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void Sort(Object value) {
        Object[] array = inPlace(value);
        Comparator<Object> order = Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b));
        IntrospectiveSort.sort(Arrays.asList(array), order);
    }

    public static void Sort(Object value, Delegate.Comparison comparison) {
        IntrospectiveSort.sort(Arrays.asList(inPlace(value)), comparison);
    }

    public static void Clear(Object value) {
        Arrays.fill(inPlace(value), null);
    }

    public static void Clear(Object value, int index, int length) {
        Arrays.fill(inPlace(value), index, index + length, null);
    }

    public static void Copy(Object[] source, Object destination, int length) {
        System.arraycopy(source, 0, inPlace(destination), 0, length);
    }

    public static void Copy(Object[] source, int sourceIndex, Object destination, int destinationIndex,
            int length) {
        System.arraycopy(source, sourceIndex, inPlace(destination), destinationIndex, length);
    }

    public static boolean Exists(Object[] array, Delegate.Predicate match) {
        return FindIndex(array, match) >= 0;
    }

    public static Object Find(Object[] array, Delegate.Predicate match) {
        int at = FindIndex(array, match);
        return at < 0 ? null : array[at];
    }

    public static Object[] FindAll(Object[] array, Delegate.Predicate match) {
        ArgumentExceptions.notNull(array, "array");
        ArgumentExceptions.notNull(match, "match");
        return Arrays.stream(array).filter(match).toArray();
    }

    public static int FindIndex(Object[] array, Delegate.Predicate match) {
        ArgumentExceptions.notNull(array, "array");
        ArgumentExceptions.notNull(match, "match");
        for (int i = 0; i < array.length; i++) {
            if (match.test(array[i])) {
                return i;
            }
        }
        return -1;
    }

    public static boolean TrueForAll(Object[] array, Delegate.Predicate match) {
        ArgumentExceptions.notNull(array, "array");
        ArgumentExceptions.notNull(match, "match");
        return Arrays.stream(array).allMatch(match);
    }
}
