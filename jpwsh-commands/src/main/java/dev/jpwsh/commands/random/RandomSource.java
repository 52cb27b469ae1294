package dev.jpwsh.commands.random;

import java.security.SecureRandom;

/**
 * The numbers of Get-Random and Get-SecureRandom, drawn from random bytes as pwsh draws them: from a seeded
 * {@link NetRandom} after -SetSeed, else from a cryptographic source.
 */
final class RandomSource {
    private final NetRandom seeded;
    private final SecureRandom secure;

    private RandomSource(NetRandom seeded, SecureRandom secure) {
        this.seeded = seeded;
        this.secure = secure;
    }

    static RandomSource secure() {
        return new RandomSource(null, new SecureRandom());
    }

    static RandomSource seeded(int seed) {
        return new RandomSource(new NetRandom(seed), null);
    }

    void nextBytes(byte[] buffer) {
        if (seeded != null) {
            seeded.nextBytes(buffer);
        } else {
            secure.nextBytes(buffer);
        }
    }

    private int sample() {
        byte[] data = new byte[4];
        nextBytes(data);
        return (data[0] & 0xff) | (data[1] & 0xff) << 8 | (data[2] & 0xff) << 16 | (data[3] & 0xff) << 24;
    }

    /** A number in [0, Int32.MaxValue). */
    int next() {
        int value;
        do {
            value = sample();
        } while (value == Integer.MAX_VALUE);
        return value < 0 ? value + Integer.MAX_VALUE : value;
    }

    double nextDouble() {
        return next() * (1.0 / Integer.MAX_VALUE);
    }

    /** A number in [min, max) (or min when they are equal). */
    int next(int min, int max) {
        long range = (long) max - min;
        if (range <= Integer.MAX_VALUE) {
            return (int) (nextDouble() * range) + min;
        }
        double large;
        do {
            large = sample();
        } while (large == Integer.MAX_VALUE);
        large += Integer.MAX_VALUE;
        return (int) ((long) (large * (1.0 / (2.0 * Integer.MAX_VALUE)) * range) + min);
    }

    long nextLong(long min, long max) {
        java.math.BigInteger diff = java.math.BigInteger.valueOf(max).subtract(java.math.BigInteger.valueOf(min));
        if (diff.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
            return min + next(0, (int) (max - min));
        }
        long span = diff.longValue();
        long mask = -1L >>> Long.numberOfLeadingZeros(span);
        byte[] buffer = new byte[8];
        long value;
        do {
            nextBytes(buffer);
            value = 0;
            for (int i = 7; i >= 0; i--) {
                value = value << 8 | (buffer[i] & 0xff);
            }
            value &= mask;
        } while (Long.compareUnsigned(span, value) <= 0);
        return (long) (min * 1.0 + unsignedToDouble(value));
    }

    private static double unsignedToDouble(long value) {
        return value >= 0 ? value : (value >>> 1) * 2.0 + (value & 1);
    }

    double nextDouble(double min, double max) {
        double diff = max - min;
        double value;
        if (Double.isInfinite(diff)) {
            do {
                double r = nextDouble();
                value = min + r * max - r * min;
            } while (value >= max);
        } else {
            do {
                double r = nextDouble();
                value = min + r * diff;
                diff *= r;
            } while (value >= max);
        }
        return value;
    }
}
