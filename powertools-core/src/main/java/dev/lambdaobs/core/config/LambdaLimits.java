package dev.lambdaobs.core.config;

/** Lambda quotas lambdaobs checks against. */
public final class LambdaLimits {
    /**
     * Largest memory a function can be configured with.
     *
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html">Lambda quotas</a>
     */
    public static final int MAX_MEMORY_MB = 10_240;

    private LambdaLimits() {
    }
}
