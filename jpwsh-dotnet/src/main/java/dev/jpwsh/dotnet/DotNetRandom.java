package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.number.UInt8;
import dev.jpwsh.runtime.object.DotNetName;

/** System.Random: a seeded or unseeded generator. */
@DotNetName("System.Random")
public final class DotNetRandom {
    private final java.util.Random random;

    public DotNetRandom() {
        this.random = new java.util.Random();
    }

    public DotNetRandom(int seed) {
        this.random = new java.util.Random(seed);
    }

    public int Next() {
        return random.nextInt(Integer.MAX_VALUE);
    }

    /** A number from 0 to below {@code maxValue} (0 for 0); a negative bound is .NET's ArgumentOutOfRangeException. */
    public int Next(int maxValue) {
        if (maxValue < 0) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("maxValue", "Non-negative number required.");
        }
        return maxValue == 0 ? 0 : random.nextInt(maxValue);
    }

    /** A number from {@code minValue} to below {@code maxValue}; bounds the wrong way round are .NET's error. */
    public int Next(int minValue, int maxValue) {
        if (minValue > maxValue) {
            throw new ArgumentExceptions.ArgumentOutOfRangeException("minValue",
                    "'minValue' cannot be greater than maxValue.");
        }
        return maxValue == minValue ? minValue : (int) (minValue + random.nextLong((long) maxValue - minValue));
    }

    public double NextDouble() {
        return random.nextDouble();
    }

    /** Fills a script's byte array with random bytes; ArgumentNullException for none. */
    public void NextBytes(UInt8[] buffer) {
        byte[] bytes = new byte[ArgumentExceptions.notNull(buffer, "buffer").length];
        random.nextBytes(bytes);
        ByteArrays.copyInto(bytes, bytes.length, buffer, 0);
    }
}
