package dev.jpwsh.commands.random;

/**
 * The seeded generator of .NET's {@code System.Random(int)}: Knuth's subtractive method with .NET's seeding, so a
 * seed gives the same bytes as in pwsh.
 */
final class NetRandom {
    private static final int SEED_BASE = 161803398;

    private final int[] state = new int[56];
    private int next;
    private int nextPrime = 21;

    NetRandom(int seed) {
        int mj = SEED_BASE - (seed == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(seed));
        state[55] = mj;
        int mk = 1;
        int ii = 0;
        for (int i = 1; i < 55; i++) {
            ii += 21;
            if (ii >= 55) {
                ii -= 55;
            }
            state[ii] = mk;
            mk = mj - mk;
            if (mk < 0) {
                mk += Integer.MAX_VALUE;
            }
            mj = state[ii];
        }
        for (int round = 1; round < 5; round++) {
            for (int i = 1; i < 56; i++) {
                int n = i + 30;
                if (n >= 55) {
                    n -= 55;
                }
                state[i] -= state[1 + n];
                if (state[i] < 0) {
                    state[i] += Integer.MAX_VALUE;
                }
            }
        }
    }

    private int sample() {
        next = next + 1 >= 56 ? 1 : next + 1;
        nextPrime = nextPrime + 1 >= 56 ? 1 : nextPrime + 1;
        int value = state[next] - state[nextPrime];
        if (value == Integer.MAX_VALUE) {
            value--;
        }
        if (value < 0) {
            value += Integer.MAX_VALUE;
        }
        state[next] = value;
        return value;
    }

    void nextBytes(byte[] buffer) {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) sample();
        }
    }
}
