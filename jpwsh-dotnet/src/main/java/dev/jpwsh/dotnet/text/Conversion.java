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

        public static String ToString(long value, int toBase) {
            return Long.toString(value, toBase);
        }

        public static String ToBase64String(Object bytes) {
            return Base64.getEncoder().encodeToString(ByteArrays.toJava(bytes, "inArray"));
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
