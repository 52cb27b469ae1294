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

    /** Writes a value to a pipe, enumerating a collection one level; a void method's result writes nothing. */
    public static void write(Object value, Pipe out) {
        if (value == dev.jpwsh.engine.types.MethodInvoker.VOID) {
            return;
        }
        switch (value) {
            case Object[] array -> {
                for (Object item : array) {
                    out.write(item);
                }
            }
            case Map<?, ?> map -> out.write(map);
            case Iterable<?> items when !(value instanceof java.nio.file.Path) -> {
                for (Object item : items) {
                    out.write(item);
                }
            }
            case Iterator<?> items -> items.forEachRemaining(out::write);
            case null, default -> out.write(value);
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

    /** A pipe that collects into a list. */
    public static final class Collector implements Pipe {
        private final List<Object> items = new ArrayList<>();

        @Override
        public void write(Object value) {
            items.add(value);
        }

        public List<Object> items() {
            return items;
        }

        public Object result() {
            return collect(items);
        }
    }
}
