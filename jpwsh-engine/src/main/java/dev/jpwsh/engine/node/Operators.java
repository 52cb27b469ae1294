package dev.jpwsh.engine.node;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.IntRange;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.FlagsEnum;
import dev.jpwsh.runtime.ops.Arithmetic;
import dev.jpwsh.runtime.ops.Comparison;
import dev.jpwsh.runtime.ops.Memory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Operator nodes. Each evaluates its operands left to right and applies one runtime operation. */
public final class Operators {
    private Operators() {
    }

    /** The arithmetic operations, as functions of two operands. */
    public enum ArithmeticOp {
        ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER;

        public Object apply(Object left, Object right) {
            return switch (this) {
                case ADD -> Arithmetic.add(left, right);
                case SUBTRACT -> Arithmetic.subtract(left, right);
                case MULTIPLY -> Arithmetic.multiply(left, right);
                case DIVIDE -> Arithmetic.divide(left, right);
                case REMAINDER -> Arithmetic.remainder(left, right);
            };
        }
    }

    /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}, {@code a % b}. */
    public record ArithmeticNode(ArithmeticOp op, Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return arithmetic(op, left.eval(frame), right.evalKeepingNothing(frame));
        }
    }

    /**
     * {@code op.apply(l, r)}, with int and double operands computed inline: int op int as {@link #intFastPath}, and
     * a sum, difference or product of a double with a double or an int as the double it is in .NET.
     */
    public static Object arithmetic(ArithmeticOp op, Object l, Object r) {
        if (l instanceof Integer a) {
            if (r instanceof Integer b && op != ArithmeticOp.DIVIDE) {
                return intFastPath(op, a, b);
            }
            if (r instanceof Double b && isAddSubtractOrMultiply(op)) {
                return doubles(op, a, b);
            }
        } else if (l instanceof Double a && isAddSubtractOrMultiply(op)) {
            if (r instanceof Double b) {
                return doubles(op, a, b);
            }
            if (r instanceof Integer b) {
                return doubles(op, a, b);
            }
        }
        if (r == AutomationNull.VALUE) {
            // a command that wrote nothing adds no element to a collection, and is null to anything else
            r = op == ArithmeticOp.ADD && Enumeration.isEnumerable(l) ? new Object[0] : null;
        }
        return op.apply(l, r);
    }

    private static boolean isAddSubtractOrMultiply(ArithmeticOp op) {
        return op == ArithmeticOp.ADD || op == ArithmeticOp.SUBTRACT || op == ArithmeticOp.MULTIPLY;
    }

    /** A double sum, difference or product, which needs none of the general dispatch's conversions. */
    private static Object doubles(ArithmeticOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            default -> a * b;
        };
    }

    /** int op int without the general dispatch; overflow still widens to double. */
    public static Object intFastPath(ArithmeticOp op, int a, int b) {
        long r = switch (op) {
            case ADD -> (long) a + b;
            case SUBTRACT -> (long) a - b;
            case MULTIPLY -> (long) a * b;
            default -> {
                if (b == 0) {
                    yield Long.MIN_VALUE;
                }
                yield a % b;
            }
        };
        if (r == Long.MIN_VALUE) {
            return op.apply(a, b);
        }
        return r == (int) r ? (Object) (int) r : (Object) (double) r;
    }

    /** {@code a -eq b} and the other comparisons; filters when the left side is a collection. */
    public record CompareNode(Comparison.Kind kind, boolean caseSensitive, Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return compare(left.eval(frame), right.eval(frame));
        }

        /** The comparison of the operands' values. */
        public Object compare(Object l, Object r) {
            if (l instanceof Integer a && r instanceof Integer b) {
                int c = Integer.compare(a, b);
                return switch (kind) {
                    case EQ -> c == 0;
                    case NE -> c != 0;
                    case GT -> c > 0;
                    case GE -> c >= 0;
                    case LT -> c < 0;
                    case LE -> c <= 0;
                };
            }
            return Comparison.compare(kind, l, r, caseSensitive);
        }
    }

    /** {@code a -and b}: b is evaluated only when a is true. */
    public record And(Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return LanguagePrimitives.isTrue(left.eval(frame)) && LanguagePrimitives.isTrue(right.eval(frame));
        }
    }

    /** {@code a -or b}: b is evaluated only when a is false. */
    public record Or(Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return LanguagePrimitives.isTrue(left.eval(frame)) || LanguagePrimitives.isTrue(right.eval(frame));
        }
    }

    /** {@code a -xor b}. */
    public record Xor(Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return LanguagePrimitives.isTrue(left.eval(frame)) ^ LanguagePrimitives.isTrue(right.eval(frame));
        }
    }

    /** {@code -not a} and {@code !a}. */
    public record Not(Expr child) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return !LanguagePrimitives.isTrue(child.eval(frame));
        }
    }

    /** {@code -a}. */
    public record Negate(Expr child) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return Arithmetic.negate(child.eval(frame));
        }
    }

    /** {@code +a}: the operand as a number. */
    public record Plus(Expr child) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return LanguagePrimitives.toNumber(child.eval(frame));
        }
    }

    /** {@code a ?? b}: b only when a is null. */
    public record Coalesce(Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = left.eval(frame);
            return value != null ? value : right.eval(frame);
        }
    }

    /** {@code cond ? a : b}. */
    public record Ternary(Expr condition, Expr ifTrue, Expr ifFalse) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return LanguagePrimitives.isTrue(condition.eval(frame)) ? ifTrue.eval(frame) : ifFalse.eval(frame);
        }
    }

    /**
     * {@code a..b}: integers (or characters) from a to b, either direction. As a value it is an array, too long a
     * one pwsh's OutOfMemoryException; where a pipeline or foreach enumerates it, {@link #enumerate} makes the
     * integers one at a time (pwsh's compiler does the same for a range that is a pipeline's first element or a
     * foreach statement's collection).
     */
    public record Range(Expr from, Expr to) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object a = from.eval(frame);
            Object b = to.eval(frame);
            if (asChar(a) instanceof Character first && asChar(b) instanceof Character last) {
                return chars(first, last);
            }
            int start = (Integer) Conversions.convert(a, Integer.class);
            int end = (Integer) Conversions.convert(b, Integer.class);
            int step = start <= end ? 1 : -1;
            Object[] values = Memory.newArray(Math.abs((long) end - start) + 1);
            for (int i = 0, v = start; i < values.length; i++, v += step) {
                values[i] = v;
            }
            return values;
        }

        /** The range's elements for enumeration: integers made as they are read, characters as a list. */
        public List<Object> enumerate(Frame frame) {
            Object a = from.eval(frame);
            Object b = to.eval(frame);
            if (asChar(a) instanceof Character first && asChar(b) instanceof Character last) {
                return Arrays.asList(chars(first, last));
            }
            int start = (Integer) Conversions.convert(a, Integer.class);
            int end = (Integer) Conversions.convert(b, Integer.class);
            if (Math.abs((long) end - start) + 1 > Integer.MAX_VALUE) {
                throw RuntimeFailures.of(Memory.outOfMemory());
            }
            return new IntRange(start, end);
        }

        /**
         * An end of a character range: a [char], or a one-character string that is not a digit ({@code '0'..'9'} is a
         * range of integers, as in pwsh); else null.
         */
        private static Character asChar(Object end) {
            return switch (end) {
                case Character c -> c;
                case String s when s.length() == 1 && !Character.isDigit(s.charAt(0)) -> s.charAt(0);
                case null, default -> null;
            };
        }

        private static Object[] chars(char start, char end) {
            int step = start <= end ? 1 : -1;
            Object[] values = new Object[Math.abs(end - start) + 1];
            for (int i = 0, v = start; i < values.length; i++, v += step) {
                values[i] = (char) v;
            }
            return values;
        }
    }

    /** {@code a -contains b}, {@code b -in a}, and their negations. */
    public record Contains(Expr collection, Expr value, boolean caseSensitive, boolean negate) implements Expr {
        @Override
        public Object eval(Frame frame) {
            boolean found = Comparison.contains(collection.eval(frame), value.eval(frame), caseSensitive);
            return found != negate;
        }
    }

    /** {@code a -join sep} and {@code -join a}. */
    public record Join(Expr items, Expr separator) implements Expr {
        @Override
        public Object eval(Frame frame) {
            String sep = separator == null ? "" : LanguagePrimitives.toString(separator.eval(frame));
            List<String> parts = new ArrayList<>();
            for (Object item : Enumeration.toList(items.eval(frame))) {
                parts.add(LanguagePrimitives.toString(item));
            }
            return String.join(sep, parts);
        }
    }

    /** {@code a -is [T]} and {@code -isnot}. */
    public record Is(Expr value, Expr type, boolean negate) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object v = value.eval(frame);
            Object t = type.eval(frame);
            return DotNetType.isInstance(t, v) != negate;
        }
    }

    /** {@code a -as [T]}: the conversion, or null when it fails. */
    public record As(Expr value, Expr type) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object v = value.eval(frame);
            Object t = type.eval(frame);
            Class<?> c = DotNetType.classOf(t);
            return c == null ? null : MemberGate.convertOrNull(frame.context(), v, c, DotNetType.argumentsOf(t));
        }
    }

    /** {@code ++x}, {@code x++}, {@code --x}, {@code x--}: the new value (prefix) or the old one (postfix). */
    public record Increment(Assignable target, int delta, boolean postfix) implements Expr {
        @Override
        public Object eval(Frame frame) {
            if (target instanceof Variables.Variable v) {
                dev.jpwsh.engine.scope.PSVariable variable = v.forUpdate(frame);
                if (variable != null && variable.typeConstraint() == null) {
                    Object old = variable.value();
                    Object updated = old instanceof Integer i ? intFastPath(ArithmeticOp.ADD, i, delta)
                            : Arithmetic.add(old == null ? 0 : old, delta);
                    variable.setValue(updated);
                    return postfix ? old : updated;
                }
            }
            Object old = target.eval(frame);
            Object updated = Arithmetic.add(old == null ? 0 : old, delta);
            target.assign(frame, updated);
            return postfix ? old : updated;
        }
    }

    /**
     * {@code -band}, {@code -bor}, {@code -bxor}, {@code -shl}, {@code -shr} on integers; the first three give a flags
     * enum back when their left operand is one.
     */
    public record Bitwise(String op, Expr left, Expr right) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object leftValue = left.eval(frame);
            long a = ((Number) LanguagePrimitives.toNumber(leftValue)).longValue();
            long b = ((Number) LanguagePrimitives.toNumber(right.eval(frame))).longValue();
            long r = switch (op) {
                case "band" -> a & b;
                case "bor" -> a | b;
                case "bxor" -> a ^ b;
                case "shl" -> a << b;
                default -> a >> b;
            };
            if (leftValue instanceof FlagsEnum flags && !op.startsWith("sh")) {
                return flags.withValue(r);
            }
            return r == (int) r ? (Object) (int) r : (Object) r;
        }
    }

    /** {@code -bnot a}. */
    public record BitwiseNot(Expr child) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = child.eval(frame);
            if (value instanceof FlagsEnum flags) {
                return flags.withValue(~flags.value());
            }
            Object n = LanguagePrimitives.toNumber(value);
            return n instanceof Long l ? (Object) ~l : (Object) ~((Number) n).intValue();
        }
    }
}
