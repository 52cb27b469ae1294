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
            return new BigInteger(value.strip(), fromBase).intValue();
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
