package dev.jpwsh.language.ast;

import dev.jpwsh.language.source.Extent;
import dev.jpwsh.language.token.NumberLiteral;
import dev.jpwsh.language.token.TokenKind;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Renders a tree as indented text, one node per line: the node's name, then its scalar fields inline
 * ({@code name=value}; true flags by name alone; null, false and empty fields left out), then each child field
 * as {@code field:} with the children below it. Extents are not shown. Golden parse tests compare this text.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {
    }

    public static String print(Object node) {
        AstPrinter printer = new AstPrinter();
        printer.node(node, 0);
        return printer.out.toString();
    }

    private void node(Object node, int depth) {
        Record record = (Record) node;
        indent(depth).append(nameOf(record));
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (RecordComponent component : components) {
            Object value = valueOf(component, record);
            if (isScalar(value)) {
                scalar(component.getName(), value);
            }
        }
        out.append('\n');
        for (RecordComponent component : components) {
            Object value = valueOf(component, record);
            if (value instanceof List<?> list && !list.isEmpty() && !isScalar(list.getFirst())) {
                indent(depth + 1).append(component.getName()).append(":\n");
                for (Object item : list) {
                    node(item, depth + 2);
                }
            } else if (value instanceof Record child && !isScalar(value)) {
                indent(depth + 1).append(component.getName()).append(":\n");
                node(child, depth + 2);
            }
        }
    }

    private void scalar(String name, Object value) {
        if (value == null || Boolean.FALSE.equals(value) || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        out.append(' ').append(name);
        if (Boolean.TRUE.equals(value)) {
            return;
        }
        out.append('=');
        switch (value) {
            case String s -> out.append(quote(s));
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i > 0 ? "," : "").append(list.get(i) instanceof String s ? quote(s) : list.get(i));
                }
                out.append(']');
            }
            case TypeNameAst type -> out.append(type.fullName());
            case TokenKind kind -> out.append(kind.sourceText() == null || kind.name().startsWith("POSTFIX")
                    ? kind.name() : kind.sourceText());
            default -> out.append(value);
        }
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof NumberLiteral || value instanceof VariablePath || value instanceof TypeNameAst
                || value instanceof Extent
                || value instanceof List<?> list && (list.isEmpty() || isScalar(list.getFirst()));
    }

    private static Object valueOf(RecordComponent component, Record record) {
        if (component.getType() == Extent.class) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nameOf(Record record) {
        Class<?> type = record.getClass();
        Class<?> outer = type.getEnclosingClass();
        String name = type.getSimpleName();
        if (outer != null && name.equals("Error")) {
            return outer.getSimpleName().replace("Ast", "") + "Error";
        }
        return name.endsWith("Ast") ? name.substring(0, name.length() - 3) : name;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('\'').toString();
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }
}
