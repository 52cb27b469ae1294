package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks a tree by its nodes' record components: finds the nodes of one kind anywhere below a node, in source order,
 * and gives a walk of one's own a node's components that may hold nodes (a walk recurses once per level, never
 * through a callback, so that it goes as deep as the parser's nesting limit on a small stack). It reads every component that is a node,
 * a list or a clause (a record that may hold a node), so it needs no change when a node is added; most nodes are
 * leaves (variables, constants) with no such component.
 */
public final class AstSearch {
    private static final MethodType READER = MethodType.methodType(Object.class, Record.class);

    /** Each node class's readers of the components that may hold nodes, made once per class. */
    private static final ClassValue<MethodHandle[]> CHILD_READERS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            return Stream.of(type.getRecordComponents()).filter(component -> mayHoldNodes(component.getType()))
                    .map(AstSearch::reader).toArray(MethodHandle[]::new);
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
            for (Object item : list) {
                walk(item, type, found);
            }
            return;
        }
        if (!(node instanceof Record record)) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Object child : children(record)) {
            walk(child, type, found);
        }
    }

    /**
     * {@return the components of {@code node} that may hold nodes (a node, a list of them or of clauses, a clause;
     * null when absent), in the order its record declares them}
     */
    public static List<Object> children(Record node) {
        MethodHandle[] readers = CHILD_READERS.get(node.getClass());
        Object[] values = new Object[readers.length];
        for (int i = 0; i < readers.length; i++) {
            values[i] = read(readers[i], node);
        }
        return Arrays.asList(values);
    }

    /** Whether a component of this type may hold a node: a node, a list, or a record (a clause) that may hold one. */
    private static boolean mayHoldNodes(Class<?> type) {
        if (type == Extent.class || TypeNameAst.class.isAssignableFrom(type)) {
            return false;
        }
        return List.class.isAssignableFrom(type) || Ast.class.isAssignableFrom(type) || type == Object.class
                || type.isRecord() && Stream.of(type.getRecordComponents()).anyMatch(c -> mayHoldNodes(c.getType()));
    }

    private static MethodHandle reader(RecordComponent component) {
        try {
            return MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(READER);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object read(MethodHandle reader, Record node) {
        try {
            return (Object) reader.invokeExact(node);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a component of " + node.getClass().getSimpleName(), e);
        }
    }
}
