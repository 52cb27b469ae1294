package dev.jpwsh.dotnet.collections;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * System.Tuple (read-only Item1, Item2, ...) and System.ValueTuple (settable Item1, Item2, ...) of one to four items,
 * made by {@code [Tuple]::Create(1, 'a')} or {@code [Tuple[int,string]]::new(1, 'a')}; both print as
 * {@code (1, a)} and are equal when their items are.
 */
public final class Tuples {
    private Tuples() {
    }

    /** The items' text, as .NET's Tuple.ToString writes them. */
    static String text(Object... items) {
        return Arrays.stream(items).map(i -> i == null ? "" : LanguagePrimitives.toString(i))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** What every tuple of either kind has: its items, in order. */
    public abstract static class Items {
        abstract Object[] items();

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass() && Arrays.equals(((Items) other).items(), items());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items());
        }

        @Override
        public String toString() {
            return text(items());
        }
    }

    /** {@code [Tuple]}: the factories of System.Tuple. */
    @DotNetName("System.Tuple")
    public static final class Tuple {
        private Tuple() {
        }

        public static Tuple1 Create(Object item1) {
            return new Tuple1(item1);
        }

        public static Tuple1 New(Object item1) {
            return new Tuple1(item1);
        }

        public static Tuple2 Create(Object item1, Object item2) {
            return new Tuple2(item1, item2);
        }

        public static Tuple2 New(Object item1, Object item2) {
            return new Tuple2(item1, item2);
        }

        public static Tuple3 Create(Object item1, Object item2, Object item3) {
            return new Tuple3(item1, item2, item3);
        }

        public static Tuple3 New(Object item1, Object item2, Object item3) {
            return new Tuple3(item1, item2, item3);
        }

        public static Tuple4 Create(Object item1, Object item2, Object item3, Object item4) {
            return new Tuple4(item1, item2, item3, item4);
        }

        public static Tuple4 New(Object item1, Object item2, Object item3, Object item4) {
            return new Tuple4(item1, item2, item3, item4);
        }
    }

    /** {@code [ValueTuple]}: the factories of System.ValueTuple. */
    @DotNetName("System.ValueTuple")
    public static final class ValueTuple {
        private ValueTuple() {
        }

        public static ValueTuple1 Create(Object item1) {
            return new ValueTuple1(item1);
        }

        public static ValueTuple1 New(Object item1) {
            return new ValueTuple1(item1);
        }

        public static ValueTuple2 Create(Object item1, Object item2) {
            return new ValueTuple2(item1, item2);
        }

        public static ValueTuple2 New(Object item1, Object item2) {
            return new ValueTuple2(item1, item2);
        }

        public static ValueTuple3 Create(Object item1, Object item2, Object item3) {
            return new ValueTuple3(item1, item2, item3);
        }

        public static ValueTuple3 New(Object item1, Object item2, Object item3) {
            return new ValueTuple3(item1, item2, item3);
        }

        public static ValueTuple4 Create(Object item1, Object item2, Object item3, Object item4) {
            return new ValueTuple4(item1, item2, item3, item4);
        }

        public static ValueTuple4 New(Object item1, Object item2, Object item3, Object item4) {
            return new ValueTuple4(item1, item2, item3, item4);
        }
    }

    /** System.Tuple`1. */
    @DotNetName("System.Tuple`1")
    public static final class Tuple1 extends Items {
        private final Object item1;

        public Tuple1(Object item1) {
            this.item1 = item1;
        }

        public Object getItem1() {
            return item1;
        }

        @Override
        Object[] items() {
            return new Object[] {item1};
        }
    }

    /** System.Tuple`2. */
    @DotNetName("System.Tuple`2")
    public static final class Tuple2 extends Items {
        private final Object item1;
        private final Object item2;

        public Tuple2(Object item1, Object item2) {
            this.item1 = item1;
            this.item2 = item2;
        }

        public Object getItem1() {
            return item1;
        }

        public Object getItem2() {
            return item2;
        }

        @Override
        Object[] items() {
            return new Object[] {item1, item2};
        }
    }

    /** System.Tuple`3. */
    @DotNetName("System.Tuple`3")
    public static final class Tuple3 extends Items {
        private final Object item1;
        private final Object item2;
        private final Object item3;

        public Tuple3(Object item1, Object item2, Object item3) {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
        }

        public Object getItem1() {
            return item1;
        }

        public Object getItem2() {
            return item2;
        }

        public Object getItem3() {
            return item3;
        }

        @Override
        Object[] items() {
            return new Object[] {item1, item2, item3};
        }
    }

    /** System.Tuple`4. */
    @DotNetName("System.Tuple`4")
    public static final class Tuple4 extends Items {
        private final Object item1;
        private final Object item2;
        private final Object item3;
        private final Object item4;

        public Tuple4(Object item1, Object item2, Object item3, Object item4) {
            this.item1 = item1;
            this.item2 = item2;
            this.item3 = item3;
            this.item4 = item4;
        }

        public Object getItem1() {
            return item1;
        }

        public Object getItem2() {
            return item2;
        }

        public Object getItem3() {
            return item3;
        }

        public Object getItem4() {
            return item4;
        }

        @Override
        Object[] items() {
            return new Object[] {item1, item2, item3, item4};
        }
    }

    /** System.ValueTuple`1: its items are public fields, settable as in .NET. */
    @DotNetName("System.ValueTuple`1")
    public static final class ValueTuple1 extends Items {
        public Object Item1;

        public ValueTuple1(Object item1) {
            this.Item1 = item1;
        }

        @Override
        Object[] items() {
            return new Object[] {Item1};
        }
    }

    /** System.ValueTuple`2: its items are public fields, settable as in .NET. */
    @DotNetName("System.ValueTuple`2")
    public static final class ValueTuple2 extends Items {
        public Object Item1;
        public Object Item2;

        public ValueTuple2(Object item1, Object item2) {
            this.Item1 = item1;
            this.Item2 = item2;
        }

        @Override
        Object[] items() {
            return new Object[] {Item1, Item2};
        }
    }

    /** System.ValueTuple`3: its items are public fields, settable as in .NET. */
    @DotNetName("System.ValueTuple`3")
    public static final class ValueTuple3 extends Items {
        public Object Item1;
        public Object Item2;
        public Object Item3;

        public ValueTuple3(Object item1, Object item2, Object item3) {
            this.Item1 = item1;
            this.Item2 = item2;
            this.Item3 = item3;
        }

        @Override
        Object[] items() {
            return new Object[] {Item1, Item2, Item3};
        }
    }

    /** System.ValueTuple`4: its items are public fields, settable as in .NET. */
    @DotNetName("System.ValueTuple`4")
    public static final class ValueTuple4 extends Items {
        public Object Item1;
        public Object Item2;
        public Object Item3;
        public Object Item4;

        public ValueTuple4(Object item1, Object item2, Object item3, Object item4) {
            this.Item1 = item1;
            this.Item2 = item2;
            this.Item3 = item3;
            this.Item4 = item4;
        }

        @Override
        Object[] items() {
            return new Object[] {Item1, Item2, Item3, Item4};
        }
    }
}
