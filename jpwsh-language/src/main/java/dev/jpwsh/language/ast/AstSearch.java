package dev.jpwsh.language.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the nodes of one kind anywhere below a node, in source order, by walking every record component that is a
 * node or a list of nodes (the same reflective walk {@link AstPrinter} makes, so it needs no change when a node is
 * added).
 */
public final class AstSearch {
    /** Each node class's component accessors, looked up once per class (a record's components cost a copy each time). */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private AstSearch() {
    }

    /** Every node below (and including) {@code root} that is a {@code type}. */
    public static <T> List<T> findAll(Object root, Class<T> type) {
        List<T> found = new ArrayList<>();
        walk(root, type, found);
        return found;
    }

    private static <T> void walk(Object node, Class<T> type, List<T> found) {
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, type, found));
            return;
        }
        if (!(node instanceof Record record)) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Method accessor : ACCESSORS.get(record.getClass())) {
            walk(valueOf(accessor, record), type, found);
        }
    }

    /** A node's components (nodes, lists of nodes and plain values), in the order its record declares them. */
    public static List<Object> components(Record node) {
        Method[] accessors = ACCESSORS.get(node.getClass());
        List<Object> values = new ArrayList<>(accessors.length);
        for (Method accessor : accessors) {
            values.add(valueOf(accessor, node));
        }
        return values;
    }

    private static Object valueOf(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
