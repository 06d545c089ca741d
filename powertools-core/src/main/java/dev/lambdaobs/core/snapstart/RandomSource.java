package dev.lambdaobs.core.snapstart;

import dev.lambdaobs.core.invocation.ColdStart;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Random numbers that differ between execution environments restored from one SnapStart snapshot.
 * {@link ThreadLocalRandom}'s state is part of the snapshot, so every restored environment would draw
 * the same sequence (the same sampling decisions, the same span ids); each draw here is mixed with the
 * environment's {@link ColdStart#entropy()}, which the SnapStart hook draws afresh after each restore.
 * Thread-safe and allocation-free: one volatile read and a 64-bit mix per draw.
 *
 * <pre>{@code
 * RandomSource random = RandomSource.of(ColdStart.process());
 * boolean sampled = random.nextDouble() < 0.1;
 * String spanId = RandomSource.hex16(random.nextNonZeroLong());
 * }</pre>
 */
public final class RandomSource {
    private final ColdStart environment;
    private final LongSupplier base;

    private RandomSource(ColdStart environment, LongSupplier base) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Draws from the calling thread's {@link ThreadLocalRandom}, set apart by {@code environment}. */
    public static RandomSource of(ColdStart environment) {
        return new RandomSource(environment, () -> ThreadLocalRandom.current().nextLong());
    }

    /**
     * Draws from {@code base} (a seeded generator in tests, standing for the state a snapshot holds), set
     * apart by {@code environment}.
     */
    public static RandomSource of(ColdStart environment, LongSupplier base) {
        return new RandomSource(environment, base);
    }

    /** A uniformly distributed 64-bit value. */
    public long nextLong() {
        return mix(base.getAsLong() + environment.entropy());
    }

    /** A value that is never 0 (0 is the invalid span id in X-Ray and W3C). */
    public long nextNonZeroLong() {
        long value = nextLong();
        while (value == 0) {
            value = nextLong();
        }
        return value;
    }

    /** A uniformly distributed value in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** {@code value} as 16 lower-case hex digits, the shape of X-Ray and W3C span ids. */
    public static String hex16(long value) {
        char[] digits = new char[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = Character.forDigit((int) (value & 0xF), 16);
            value >>>= 4;
        }
        return new String(digits);
    }

    /** SplitMix64's finalizer: a change of the environment's entropy changes every bit of the draw. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
