package dev.jpwsh.dotnet.text;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;
import java.math.BigInteger;
import java.util.Base64;

/** System.Convert. */
public final class Conversion {
    private Conversion() {
    }

    /** System.Convert. */
    @DotNetName("System.Convert")
    public static final class Convert {
        private Convert() {
        }

        public static int ToInt32(Object value) {
            return (Integer) EngineServices.ENGINE.convert(value, Integer.class);
        }

        public static int ToInt32(String value, int fromBase) {
            return digitsInBase(value, fromBase, 32).intValue();
        }

        public static long ToInt64(String value, int fromBase) {
            return digitsInBase(value, fromBase, 64).longValue();
        }

        /**
         * The number {@code text} writes in base 2, 8, 10 or 16 (a 0x prefix allowed in 16), with .NET's messages;
         * outside base 10 the digits are the value's {@code bits}-bit two's complement, as .NET reads them.
         */
        private static BigInteger digitsInBase(String text, int fromBase, int bits) {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) {
                throw new IllegalArgumentException("Invalid Base.");
            }
            if (text == null) {
                return BigInteger.ZERO;
            }
            int start = 0;
            boolean negative = fromBase == 10 && text.startsWith("-");
            if (negative || fromBase == 10 && text.startsWith("+")) {
                start = 1;
            } else if (fromBase == 16 && (text.startsWith("0x") || text.startsWith("0X"))) {
                start = 2;
            }
            int end = start;
            while (end < text.length() && Character.digit(text.charAt(end), fromBase) >= 0
                    && text.charAt(end) < 128) {
                end++;
            }
            if (end == start) {
                throw new NumberFormatException("Could not find any recognizable digits.");
            }
            if (end < text.length()) {
                throw new NumberFormatException("Additional non-parsable characters are at the end of the string.");
            }
            BigInteger magnitude = new BigInteger(text.substring(start, end), fromBase);
            if (magnitude.bitLength() > (fromBase == 10 ? bits - 1 : bits)
                    && !(negative && magnitude.equals(BigInteger.ONE.shiftLeft(bits - 1)))) {
                throw new ArithmeticException(bits == 32 ? "Value was either too large or too small for an Int32."
                        : "Value was either too large or too small for an Int64.");
            }
            return negative ? magnitude.negate() : magnitude;
        }

        public static long ToInt64(Object value) {
            return (Long) EngineServices.ENGINE.convert(value, Long.class);
        }

        public static double ToDouble(Object value) {
            return (Double) EngineServices.ENGINE.convert(value, Double.class);
        }

        public static boolean ToBoolean(Object value) {
            return (Boolean) EngineServices.ENGINE.convert(value, Boolean.class);
        }

        public static String ToString(Object value) {
            return (String) EngineServices.ENGINE.convert(value, String.class);
        }

        /** An int in base 2, 8, 10 or 16: outside base 10 its 32-bit two's complement ({@code ffffffff} for -1). */
        public static String ToString(int value, int toBase) {
            return checkedBase(toBase) == 10 ? Integer.toString(value)
                    : ToString(Integer.toUnsignedLong(value), toBase);
        }

        /** A long in base 2, 8, 10 or 16: outside base 10 its 64-bit two's complement. */
        public static String ToString(long value, int toBase) {
            return switch (checkedBase(toBase)) {
                case 2 -> Long.toBinaryString(value);
                case 8 -> Long.toOctalString(value);
                case 16 -> Long.toHexString(value);
                default -> Long.toString(value);
            };
        }

        private static int checkedBase(int base) {
            if (base != 2 && base != 8 && base != 10 && base != 16) {
                throw new IllegalArgumentException("Invalid Base.");
            }
            return base;
        }

        public static String ToBase64String(Object bytes) {
            return Base64.getEncoder().encodeToString(ByteArrays.toJava(bytes, "inArray"));
        }

        /** The Base-64 text of {@code length} bytes from {@code offset}, with .NET's range checks. */
        public static String ToBase64String(Object bytes, int offset, int length) {
            byte[] all = ByteArrays.toJava(bytes, "inArray");
            checkSlice(all.length, offset, length);
            return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(all, offset, offset + length));
        }

        /** The bytes as upper-case hexadecimal digits, two a byte. */
        public static String ToHexString(Object bytes) {
            return java.util.HexFormat.of().withUpperCase().formatHex(ByteArrays.toJava(bytes, "inArray"));
        }

        /** {@link #ToHexString(Object)} of {@code length} bytes from {@code offset}. */
        public static String ToHexString(Object bytes, int offset, int length) {
            byte[] all = ByteArrays.toJava(bytes, "inArray");
            checkSlice(all.length, offset, length);
            return java.util.HexFormat.of().withUpperCase().formatHex(all, offset, offset + length);
        }

        /** The bytes hexadecimal text writes (either case); a FormatException, as .NET's, for other text. */
        public static UInt8[] FromHexString(String text) {
            dev.jpwsh.dotnet.ArgumentExceptions.notNull(text, "s");
            if (text.length() % 2 != 0) {
                throw new NumberFormatException("The input is not a valid hex string as its length is not a multiple "
                        + "of 2.");
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 127) {
                    throw new NumberFormatException("The input is not a valid hex string as it contains a non-hex "
                            + "character.");
                }
            }
            return ByteArrays.toDotNet(java.util.HexFormat.of().parseHex(text));
        }

        /** .NET's checks of an offset and length into an array of {@code size} bytes. */
        private static void checkSlice(int size, int offset, int length) {
            if (length < 0) {
                throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentOutOfRangeException("length",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            if (offset < 0) {
                throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentOutOfRangeException("offset",
                        "Value must be positive.");
            }
            if (offset > size - length) {
                throw new dev.jpwsh.dotnet.ArgumentExceptions.ArgumentOutOfRangeException("offset",
                        "Offset and length must refer to a position in the string.");
            }
        }

        /** A FormatException, as .NET's, for text that is not Base-64. */
        public static UInt8[] FromBase64String(String text) {
            try {
                return ByteArrays.toDotNet(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException e) {
                throw new NumberFormatException("The input is not a valid Base-64 string as it contains a non-base 64 "
                        + "character, more than two padding characters, or an illegal character among the padding "
                        + "characters.");
            }
        }
    }
}
