package dev.lambdaobs.dashboardgen.limits;

/** The ranges Lambda accepts for the function settings dashboard-gen derives thresholds from. */
public final class LambdaLimits {
    /** @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html">Lambda quotas: function timeout</a> */
    public static final int MAX_TIMEOUT_SECONDS = 900;
    /** @see <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction: Timeout, minimum 1</a> */
    public static final int MIN_TIMEOUT_SECONDS = 1;
    /** @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html">Lambda quotas: memory, 128 MB to 10,240 MB</a> */
    public static final int MIN_MEMORY_MB = 128;
    /** @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html">Lambda quotas: memory, 128 MB to 10,240 MB</a> */
    public static final int MAX_MEMORY_MB = 10_240;

    /**
     * Concurrency Lambda keeps unreserved for functions without reserved concurrency: reserved (and provisioned) concurrency
     * can take at most the account's quota minus this.
     * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html">Configuring reserved concurrency</a>
     */
    public static final int MIN_UNRESERVED_CONCURRENCY = 100;

    private LambdaLimits() {
    }
}
