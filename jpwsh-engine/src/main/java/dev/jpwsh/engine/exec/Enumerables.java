package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.object.Enumeration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How values flow through pipelines: collections are enumerated one level when written, and the objects a
 * pipeline produced become a value again (none: null, one: itself, more: an array).
 */
public final class Enumerables {
    private Enumerables() {
    }

    /**
     * Writes a value to a pipe, enumerating a collection one level; {@link AutomationNull}, alone or as an array's
     * element, writes nothing.
     */
    public static void write(Object value, Pipe out) {
        if (value == AutomationNull.VALUE) {
            return;
        }
        if (value instanceof Object[] array) {
            for (Object item : array) {
                if (item != AutomationNull.VALUE) {
                    out.write(item);
                }
            }
        } else if (value instanceof Map<?, ?> || value instanceof java.nio.file.Path || !(value instanceof Iterable<?>
                || value instanceof Iterator<?>)) {
            out.write(value);
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                out.write(item);
            }
        } else {
            ((Iterator<?>) value).forEachRemaining(out::write);
        }
    }

    /** What {@code (...)} and {@code $(...)} give for collected output. */
    public static Object collect(List<Object> items) {
        return switch (items.size()) {
            case 0 -> null;
            case 1 -> items.getFirst();
            default -> items.toArray();
        };
    }

    /**
     * A pipe that collects what is written. Most sub-expressions write one object, which it keeps without a list.
     */
    public static final class Collector implements Pipe {
        private Object first;
        /** Every object written, once there are two or more; null before. */
        private List<Object> all;
        private boolean any;

        @Override
        public void write(Object value) {
            if (all != null) {
                all.add(value);
            } else if (any) {
                all = new ArrayList<>();
                all.add(first);
                all.add(value);
                first = null;
            } else {
                first = value;
                any = true;
            }
        }

        /** What was written, in a list of its own. */
        public List<Object> items() {
            if (all != null) {
                return all;
            }
            List<Object> items = new ArrayList<>(1);
            if (any) {
                items.add(first);
            }
            return items;
        }

        /** {@return {@code signal} carrying what was collected, which a {@code return} takes to the block's output} */
        public FlowSignal.Return carriedBy(FlowSignal.Return signal) {
            return signal.carrying(items());
        }

        /** Nothing as null, one object as itself, more as an array. */
        public Object result() {
            return all != null ? all.toArray() : first;
        }

        /** As {@link #result}, but nothing as {@link AutomationNull#VALUE}. */
        public Object resultOrNothing() {
            return any ? result() : AutomationNull.VALUE;
        }
    }
}
