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

    public int Next(int maxValue) {
        return maxValue <= 0 ? 0 : random.nextInt(maxValue);
    }

    public int Next(int minValue, int maxValue) {
        return maxValue <= minValue ? minValue : minValue + random.nextInt(maxValue - minValue);
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
