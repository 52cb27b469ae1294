package dev.jpwsh.dotnet.collections;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.Delegate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.runtime.ops.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * System.Linq.Enumerable's common methods, as scripts call them with a delegate made from a script block
 * ({@code [Linq.Enumerable]::Where($items, [Func[object,bool]]{ param($x) $x -gt 2 })}): filtering, projecting,
 * counting, testing, picking, slicing and the sequence makers. The source is anything PowerShell enumerates; a
 * sequence comes back as a list, which PowerShell enumerates as it does .NET's lazy sequences. Stateless.
 */
@DotNetName("System.Linq.Enumerable")
public final class Enumerable {
    private Enumerable() {
    }

    private static List<Object> items(Object source) {
        return Enumeration.toList(ArgumentExceptions.notNull(source, "source"));
    }

    private static boolean test(Delegate.Func predicate, Object item) {
        return LanguagePrimitives.isTrue(ArgumentExceptions.notNull(predicate, "predicate").apply(item));
    }

    private static IllegalStateException noElements() {
        return new IllegalStateException("Sequence contains no elements");
    }

    public static List<Object> Where(Object source, Delegate.Func predicate) {
        return items(source).stream().filter(item -> test(predicate, item)).toList();
    }

    public static List<Object> Select(Object source, Delegate.Func selector) {
        Delegate.Func f = ArgumentExceptions.notNull(selector, "selector");
        return items(source).stream().map(f::apply).toList();
    }

    public static Object[] ToArray(Object source) {
        return items(source).toArray();
    }

    public static GenericList ToList(Object source) {
        return new GenericList(items(source));
    }

    public static int Count(Object source) {
        return items(source).size();
    }

    public static int Count(Object source, Delegate.Func predicate) {
        return (int) items(source).stream().filter(item -> test(predicate, item)).count();
    }

    public static boolean Any(Object source) {
        return !items(source).isEmpty();
    }

    public static boolean Any(Object source, Delegate.Func predicate) {
        return items(source).stream().anyMatch(item -> test(predicate, item));
    }

    public static boolean All(Object source, Delegate.Func predicate) {
        return items(source).stream().allMatch(item -> test(predicate, item));
    }

    public static boolean Contains(Object source, Object value) {
        return items(source).stream().anyMatch(item -> Objects.equals(item, value));
    }

    public static Object First(Object source) {
        List<Object> all = items(source);
        if (all.isEmpty()) {
            throw noElements();
        }
        return all.getFirst();
    }

    public static Object First(Object source, Delegate.Func predicate) {
        return items(source).stream().filter(item -> test(predicate, item)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Sequence contains no matching element"));
    }

    public static Object FirstOrDefault(Object source) {
        List<Object> all = items(source);
        return all.isEmpty() ? null : all.getFirst();
    }

    public static Object FirstOrDefault(Object source, Delegate.Func predicate) {
        return items(source).stream().filter(item -> test(predicate, item)).findFirst().orElse(null);
    }

    public static Object Last(Object source) {
        List<Object> all = items(source);
        if (all.isEmpty()) {
            throw noElements();
        }
        return all.getLast();
    }

    public static List<Object> Distinct(Object source) {
        return List.copyOf(new LinkedHashSet<>(items(source)));
    }

    public static List<Object> Reverse(Object source) {
        return new ArrayList<>(items(source)).reversed();
    }

    public static List<Object> Skip(Object source, int count) {
        List<Object> all = items(source);
        return all.subList(Math.min(Math.max(count, 0), all.size()), all.size());
    }

    public static List<Object> Take(Object source, int count) {
        List<Object> all = items(source);
        return all.subList(0, Math.min(Math.max(count, 0), all.size()));
    }

    /** {@code Range(start, count)}: count consecutive integers from start. */
    public static List<Object> Range(int start, int count) {
        List<Object> numbers = new ArrayList<>(ArgumentExceptions.notNegative(count, "count"));
        for (int i = 0; i < count; i++) {
            numbers.add(start + i);
        }
        return numbers;
    }

    public static List<Object> Repeat(Object element, int count) {
        return java.util.Collections.nCopies(ArgumentExceptions.notNegative(count, "count"), element);
    }

    /** {@code SequenceEqual(first, second)}: the same number of items, pairwise equal as .NET's Equals sees them. */
    public static boolean SequenceEqual(Object first, Object second) {
        List<Object> a = Enumeration.toList(ArgumentExceptions.notNull(first, "first"));
        List<Object> b = Enumeration.toList(ArgumentExceptions.notNull(second, "second"));
        return a.equals(b);
    }

    /**
     * {@code Sum(source)}: the total in the items' own type, as the overload for their element type gives it
     * (int, long, decimal or double); null items count as nothing, an empty sequence as 0.
     */
    public static Object Sum(Object source) {
        List<Object> numbers = items(source).stream().filter(Objects::nonNull).toList();
        if (numbers.stream().allMatch(n -> n instanceof Integer)) {
            return numbers.stream().mapToInt(n -> (Integer) n).reduce(0, Math::addExact);
        }
        if (numbers.stream().allMatch(n -> n instanceof Integer || n instanceof Long)) {
            return numbers.stream().mapToLong(n -> ((Number) n).longValue()).reduce(0L, Math::addExact);
        }
        if (numbers.stream().anyMatch(n -> n instanceof BigDecimal)) {
            return numbers.stream().map(n -> n instanceof BigDecimal d ? d : new BigDecimal(n.toString()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return numbers.stream().mapToDouble(n -> ((Number) LanguagePrimitives.toNumber(n)).doubleValue()).sum();
    }

    /** {@code Max(source)}: the greatest item, as PowerShell's comparison orders them. */
    public static Object Max(Object source) {
        return extreme(source, 1);
    }

    /** {@code Min(source)}: the least item, as PowerShell's comparison orders them. */
    public static Object Min(Object source) {
        return extreme(source, -1);
    }

    private static Object extreme(Object source, int sign) {
        List<Object> all = items(source);
        if (all.isEmpty()) {
            throw noElements();
        }
        Object best = all.getFirst();
        for (Object item : all) {
            Integer order = Comparison.order(item, best, false);
            if (order != null && Integer.signum(order) == sign) {
                best = item;
            }
        }
        return best;
    }
}
