package dev.jpwsh.language.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the nodes of one kind anywhere below a node, in source order, by walking every record component that is a
 * node or a list of nodes (the same reflective walk {@link AstPrinter} makes, so it needs no change when a node is
 * added).
 */
public final class AstSearch {
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
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            walk(valueOf(component, record), type, found);
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
