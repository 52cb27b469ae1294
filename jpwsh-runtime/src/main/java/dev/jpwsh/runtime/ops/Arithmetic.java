package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.convert.NumericKind;
import dev.jpwsh.runtime.error.PSRuntimeException;
import dev.jpwsh.runtime.error.RuntimeErrors;
import dev.jpwsh.runtime.number.UInt32;
import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UnsignedInteger;
import dev.jpwsh.runtime.object.TypeNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PowerShell's arithmetic operators. The left operand decides the operation: strings concatenate and repeat,
 * collections append and repeat, hashtables merge, numbers compute in the kind {@link NumericKind#operationKind}
 * picks for both operands (an integer result that overflows its type becomes a double). Stateless and
 * thread-safe.
 */
public final class Arithmetic {
    private static final MathContext DECIMAL = MathContext.DECIMAL128;

    private Arithmetic() {
    }

    public static Object add(Object left, Object right) {
        if (left instanceof Integer a && right instanceof Integer b) {
            int sum = a + b;
            if (((a ^ sum) & (b ^ sum)) >= 0) {
                return sum;
            }
        }
        return switch (left) {
            case null -> right;
            case String s -> s + LanguagePrimitives.toString(right);
            case Character c when right instanceof String s -> c + s;
            case Object[] array -> concat(Arrays.asList(array), right);
            case Collection<?> c when !(left instanceof Map<?, ?>) -> concat(c, right);
            case Map<?, ?> map -> merge(map, right);
            case OperatorOverloads o -> overloaded(o.add(right), Op.ADD, left);
            default -> numeric(Op.ADD, left, right);
        };
    }

    public static Object subtract(Object left, Object right) {
        if (left instanceof OperatorOverloads o) {
            return overloaded(o.subtract(right), Op.SUBTRACT, left);
        }
        return numeric(Op.SUBTRACT, left, right);
    }

    private static Object overloaded(Object result, Op op, Object left) {
        if (result == null) {
            throw RuntimeErrors.operatorNotDefined(op.methodName, typeName(left));
        }
        return result;
    }

    public static Object multiply(Object left, Object right) {
        return switch (left) {
            case null -> null;
            case String s -> repeat(s, count(right, "System.Int32", "an Int32"));
            case Object[] array -> repeat(Arrays.asList(array), count(right, "System.UInt32", "a UInt32"));
            case Collection<?> c when !(left instanceof Map<?, ?>) -> repeat(c, count(right, "System.UInt32",
                    "a UInt32"));
            default -> numeric(Op.MULTIPLY, left, right);
        };
    }

    public static Object divide(Object left, Object right) {
        return numeric(Op.DIVIDE, left, right);
    }

    public static Object remainder(Object left, Object right) {
        return numeric(Op.REMAINDER, left, right);
    }

    /** Unary minus. */
    public static Object negate(Object value) {
        return numeric(Op.SUBTRACT, 0, value);
    }

    private enum Op {
        ADD("op_Addition"), SUBTRACT("op_Subtraction"), MULTIPLY("op_Multiply"), DIVIDE("op_Division"),
        REMAINDER("op_Modulus");

        final String methodName;

        Op(String methodName) {
            this.methodName = methodName;
        }
    }

    private static Object numeric(Op op, Object left, Object right) {
        if (left instanceof Map<?, ?> || left instanceof Object[] || left instanceof Collection<?>) {
            throw RuntimeErrors.operatorNotDefined(op.methodName, typeName(left));
        }
        Number l = (Number) LanguagePrimitives.toNumber(left);
        Number r = (Number) LanguagePrimitives.toNumber(right);
        return switch (NumericKind.operationKind(l, r)) {
            case INT64 -> longs(op, l.longValue(), r.longValue());
            case UINT32 -> unsigned(op, bigInteger(l), bigInteger(r), UInt32.class);
            case UINT64 -> unsigned(op, bigInteger(l), bigInteger(r), UInt64.class);
            case DOUBLE -> doubles(op, l.doubleValue(), r.doubleValue());
            case DECIMAL -> decimals(op, decimal(l), decimal(r));
            case BIG_INTEGER -> bigIntegers(op, bigInteger(l), bigInteger(r));
            default -> ints(op, l.intValue(), r.intValue());
        };
    }

    private static Object ints(Op op, int a, int b) {
        return switch (op) {
            case ADD -> widenIfOverflow((long) a + b);
            case SUBTRACT -> widenIfOverflow((long) a - b);
            case MULTIPLY -> widenIfOverflow((long) a * b);
            case DIVIDE -> {
                if (b == 0) {
                    throw RuntimeErrors.divideByZero();
                }
                yield a % b == 0 ? widenIfOverflow((long) a / b) : (double) a / b;
            }
            case REMAINDER -> {
                if (b == 0) {
                    throw RuntimeErrors.divideByZero();
                }
                yield a % b;
            }
        };
    }

    private static Object widenIfOverflow(long value) {
        return value == (int) value ? (Object) (int) value : (Object) (double) value;
    }

    private static Object longs(Op op, long a, long b) {
        try {
            return switch (op) {
                case ADD -> Math.addExact(a, b);
                case SUBTRACT -> Math.subtractExact(a, b);
                case MULTIPLY -> Math.multiplyExact(a, b);
                case DIVIDE -> {
                    if (b == 0) {
                        throw RuntimeErrors.divideByZero();
                    }
                    // MinValue / -1 does not fit a long: like any other overflow it widens to double
                    boolean exact = a % b == 0 && !(a == Long.MIN_VALUE && b == -1);
                    yield exact ? (Object) (a / b) : (Object) ((double) a / b);
                }
                case REMAINDER -> {
                    if (b == 0) {
                        throw RuntimeErrors.divideByZero();
                    }
                    yield a % b;
                }
            };
        } catch (ArithmeticException overflow) {
            return doubles(op, a, b);
        }
    }

    private static Object doubles(Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUBTRACT -> a - b;
            case MULTIPLY -> a * b;
            case DIVIDE -> {
                if (b == 0) {
                    throw RuntimeErrors.divideByZero();
                }
                yield a / b;
            }
            case REMAINDER -> {
                if (b == 0) {
                    throw RuntimeErrors.divideByZero();
                }
                yield a % b;
            }
        };
    }

    private static Object decimals(Op op, BigDecimal a, BigDecimal b) {
        if ((op == Op.DIVIDE || op == Op.REMAINDER) && b.signum() == 0) {
            throw RuntimeErrors.divideByZero();
        }
        BigDecimal result = switch (op) {
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case DIVIDE -> quotient(a, b);
            case REMAINDER -> a.remainder(b);
        };
        return result;
    }

    /**
     * A decimal quotient as .NET's decimal division gives it: an exact quotient keeps the dividend's scale less the
     * divisor's (never below 0) or the few more digits it needs ({@code 10.00 / 4} is 2.50), an inexact one has 28
     * significant digits.
     */
    private static BigDecimal quotient(BigDecimal a, BigDecimal b) {
        try {
            BigDecimal exact = a.divide(b);
            if (exact.precision() <= 28) {
                return exact.scale() < 0 ? exact.setScale(0) : exact;
            }
        } catch (ArithmeticException nonTerminating) {
            // falls through to the rounded quotient
        }
        return a.divide(b, new MathContext(28)).stripTrailingZeros();
    }

    /**
     * Unsigned arithmetic in the operands' unsigned type; a result outside that type's range (a negative
     * difference, an overflowing sum) becomes a double, as does an inexact quotient.
     */
    private static Object unsigned(Op op, BigInteger a, BigInteger b, Class<? extends UnsignedInteger> type) {
        if ((op == Op.DIVIDE || op == Op.REMAINDER) && b.signum() == 0) {
            throw RuntimeErrors.divideByZero();
        }
        if (op == Op.DIVIDE && a.remainder(b).signum() != 0) {
            return a.doubleValue() / b.doubleValue();
        }
        BigInteger result = switch (op) {
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case DIVIDE -> a.divide(b);
            case REMAINDER -> a.remainder(b);
        };
        UnsignedInteger fitting = UnsignedInteger.exact(type, result);
        return fitting != null ? fitting : result.doubleValue();
    }

    /** BigInteger arithmetic: exact, and division truncates toward zero. */
    private static Object bigIntegers(Op op, BigInteger a, BigInteger b) {
        if ((op == Op.DIVIDE || op == Op.REMAINDER) && b.signum() == 0) {
            throw RuntimeErrors.divideByZero();
        }
        return switch (op) {
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case DIVIDE -> a.divide(b);
            case REMAINDER -> a.remainder(b);
        };
    }

    private static BigDecimal decimal(Number number) {
        return switch (number) {
            case BigDecimal d -> d;
            case BigInteger b -> new BigDecimal(b);
            case UnsignedInteger u -> new BigDecimal(u.bigValue());
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            default -> BigDecimal.valueOf(number.longValue());
        };
    }

    /** A number as a BigInteger; fractions are cut off, as .NET's explicit conversions do. */
    private static BigInteger bigInteger(Number number) {
        return switch (number) {
            case BigInteger b -> b;
            case UnsignedInteger u -> u.bigValue();
            case BigDecimal d -> d.toBigInteger();
            case Double d -> new BigDecimal(d).toBigInteger();
            case Float f -> new BigDecimal(f).toBigInteger();
            default -> BigInteger.valueOf(number.longValue());
        };
    }

    /**
     * The repeat count of a multiplication, converted as pwsh converts it for the operation (to int for a string, to
     * uint for an array): a count outside that type is the conversion's error.
     */
    private static long count(Object right, String typeName, String rangeName) {
        double n = ((Number) LanguagePrimitives.toNumber(right)).doubleValue();
        long times = Math.round(n);
        boolean unsigned = typeName.equals("System.UInt32");
        if (Double.isNaN(n) || times < (unsigned ? 0 : Integer.MIN_VALUE)
                || times > (unsigned ? 0xFFFF_FFFFL : Integer.MAX_VALUE)) {
            throw new PSRuntimeException("InvalidCastIConvertible", "InvalidArgument", "Cannot convert value \""
                    + LanguagePrimitives.toString(right) + "\" to type \"" + typeName
                    + "\". Error: \"Value was either too large or too small for " + rangeName + ".\"");
        }
        return times;
    }

    /**
     * {@code "ab" * 3}, as pwsh's {@code StringOps.Multiply} does it: a negative count is refused, and the length is
     * the product in 32-bit arithmetic, so one that overflows to a negative number is an invalid length for
     * {@code string.Create}. A length that overflows to a positive number makes a string of the wrong length in pwsh;
     * here it is out of memory, like every length beyond .NET's longest string.
     */
    private static String repeat(String s, long times) {
        if (times < 0) {
            throw argumentOutOfRange("times ('" + times + "') must be a non-negative value. (Parameter 'times')\n"
                    + "Actual value was " + times + ".");
        }
        long length = s.length() * times;
        if ((int) length < 0) {
            throw argumentOutOfRange("Specified argument was out of the range of valid values. (Parameter 'length')");
        }
        Memory.ensureStringLength(s, length);
        try {
            return s.repeat((int) times);
        } catch (OutOfMemoryError full) {
            throw Memory.outOfMemory();
        }
    }

    private static Object[] concat(Collection<?> left, Object right) {
        List<Object> result = new ArrayList<>(left);
        switch (right) {
            case null -> result.add(null);
            case Object[] array -> result.addAll(Arrays.asList(array));
            case Collection<?> c when !(right instanceof Map<?, ?>) -> result.addAll(c);
            default -> result.add(right);
        }
        return result.toArray();
    }

    /** .NET's ArgumentOutOfRangeException as pwsh reports an exception from an expression. */
    private static PSRuntimeException argumentOutOfRange(String message) {
        return new PSRuntimeException("System.ArgumentOutOfRangeException", "OperationStopped", message, null,
                "System.ArgumentOutOfRangeException");
    }

    /** {@code @(1, 2) * 3}: a result longer than an array can be is pwsh's conversion error for its length. */
    private static Object[] repeat(Collection<?> items, long times) {
        long length = items.size() * times;
        if (length > Integer.MAX_VALUE) {
            throw new PSRuntimeException("InvalidCastIConvertible", "InvalidArgument", "Cannot convert value \""
                    + length + "\" to type \"System.Int32\". Error: \"Value was either too large or too small for "
                    + "an Int32.\"");
        }
        Object[] result = Memory.newArray(length);
        Object[] source = items.toArray();
        int filled = Math.min(source.length, result.length);
        System.arraycopy(source, 0, result, 0, filled);
        while (filled < result.length) {
            int copied = Math.min(filled, result.length - filled);
            System.arraycopy(result, 0, result, filled, copied);
            filled += copied;
        }
        return result;
    }

    private static Map<Object, Object> merge(Map<?, ?> left, Object right) {
        if (!(right instanceof Map<?, ?> other)) {
            throw new PSRuntimeException("AddHashTableToNonHashTable", "InvalidOperation",
                    "A hash table can only be added to another hash table.");
        }
        Map<Object, Object> result = new LinkedHashMap<>(left);
        for (Map.Entry<?, ?> e : other.entrySet()) {
            if (result.containsKey(e.getKey())) {
                String key = LanguagePrimitives.toString(e.getKey());
                throw new PSRuntimeException("DuplicateKeyInHashLiteral", "InvalidOperation",
                        "Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key
                                + "'");
            }
            result.put(e.getKey(), e.getValue());
        }
        return result;
    }

    private static String typeName(Object value) {
        return switch (value) {
            case Map<?, ?> m -> "System.Collections.Hashtable";
            case Object[] a -> "System.Object[]";
            default -> TypeNames.ofValue(value);
        };
    }
}
