package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.FlowSignal;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSHashtable;
import java.util.ArrayList;
import java.util.List;

/** Values written in the script: constants, expandable strings, array and hashtable literals, script blocks. */
public final class Literals {
    private Literals() {
    }

    /** A number, string or other fixed value. */
    public record Constant(Object value) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return value;
        }
    }

    /**
     * {@code "text $var $(expr)"}: each part's string joined; collections use {@code $OFS} (default space). A string
     * part is appended as it is and an int as its decimal digits (as PowerShell's culture-invariant conversion writes
     * it), with no look-up of {@code $OFS}; the builder starts at the literal text's length plus a few characters for
     * each other part.
     */
    public static final class ExpandableString implements Expr {
        private static final int EXPECTED_PART_LENGTH = 8;
        private final Expr[] parts;
        private final int expectedLength;

        public ExpandableString(List<Expr> parts) {
            this.parts = parts.toArray(Expr[]::new);
            int length = 0;
            for (Expr part : this.parts) {
                length += part instanceof Constant(String text) ? text.length() : EXPECTED_PART_LENGTH;
            }
            this.expectedLength = length;
        }

        @Override
        public Object eval(Frame frame) {
            StringBuilder sb = new StringBuilder(expectedLength);
            String separator = null;
            for (Expr part : parts) {
                Object value = part.eval(frame);
                if (value instanceof String s) {
                    sb.append(s);
                } else if (value instanceof Integer n && !InstanceMembers.any()) {
                    sb.append(n.intValue());
                } else {
                    if (separator == null) {
                        Object ofs = frame.variable("ofs");
                        separator = ofs == null ? " " : LanguagePrimitives.toString(ofs);
                    }
                    sb.append(LanguagePrimitives.toString(value, separator));
                }
            }
            return sb.toString();
        }
    }

    /**
     * {@code a, b, c}: always a new array. An element that wrote nothing ({@code [void]x}, a void method, an empty
     * pipeline) is kept as AutomationNull: it counts, reads as null, and is skipped when the array is piped on.
     */
    public record ArrayLiteral(List<Expr> elements) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object[] values = new Object[elements.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = elements.get(i).evalKeepingNothing(frame);
            }
            return values;
        }
    }

    /** {@code ,x}: an array of one element, kept as {@link ArrayLiteral} keeps it. */
    public record UnaryArray(Expr element) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return new Object[] {element.evalKeepingNothing(frame)};
        }
    }

    /** {@code @( statements )}: the statements' output, always as an array. */
    public record ArrayExpression(Stmt body) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return collect(body, frame).items().toArray();
        }
    }

    /**
     * {@code $( statements )} and {@code ( pipeline )}: nothing, one object, or an array of them. It is also an
     * assignment's value when that is a statement ({@code $x = if ...}).
     */
    public record SubExpression(Stmt body) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return collect(body, frame).result();
        }

        @Override
        public Object evalKeepingNothing(Frame frame) {
            return collect(body, frame).resultOrNothing();
        }
    }

    /** The output of {@code body}; a {@code return} in it takes what was collected on to the block's output. */
    private static Enumerables.Collector collect(Stmt body, Frame frame) {
        Enumerables.Collector out = new Enumerables.Collector();
        try {
            body.exec(frame, out);
        } catch (FlowSignal.Return signal) {
            throw out.carriedBy(signal);
        }
        return out;
    }

    /**
     * {@code @{ k = v; ... }} (or {@code [ordered]@{}}); values are statements, so {@code @{ a = Get-Item x }} works,
     * and a lone expression keeps its value whole, as on the right of {@code =} ({@code @{ a = $list }}).
     */
    public record Hashtable(List<Expr> keys, List<Expr> values, boolean ordered) implements Expr {
        @Override
        public Object eval(Frame frame) {
            PSHashtable table = ordered ? new dev.jpwsh.runtime.object.OrderedHashtable() : new PSHashtable();
            for (int i = 0; i < keys.size(); i++) {
                Object key = keys.get(i).eval(frame);
                table.put(key, values.get(i).eval(frame));
            }
            return table;
        }
    }

    /** {@code { ... }}: a new script block object over the shared compiled body. */
    public record ScriptBlockLiteral(ScriptBlock.Compiled body) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return ScriptBlock.createdIn(body, frame);
        }
    }

    static List<Object> evalAll(List<Expr> exprs, Frame frame) {
        List<Object> values = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            values.add(e.eval(frame));
        }
        return values;
    }
}
