package dev.lambdaobs.dashboardgen.limits;

/** The Application Signals service level objective facts a generated SLO and its burn-rate alarms respect. */
public final class ApplicationSignalsLimits {
    /**
     * An SLO name: {@code [0-9A-Za-z][-._0-9A-Za-z ]{0,126}[0-9A-Za-z]}, unique per account and Region.
     *
     * @see <a href="https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_CreateServiceLevelObjective.html">CreateServiceLevelObjective: Name</a>
     */
    public static final int MAX_SLO_NAME_LENGTH = 128;
    /**
     * The longest burn-rate look-back window.
     *
     * @see <a href="https://docs.aws.amazon.com/applicationsignals/latest/APIReference/API_BurnRateConfiguration.html">BurnRateConfiguration</a>
     */
    public static final int MAX_LOOK_BACK_WINDOW_MINUTES = 10_080;
    /**
     * The metric Application Signals publishes per SLO and look-back window: {@code BurnRate} in
     * {@code AWS/ApplicationSignals}, with the dimensions {@code SloName} and {@code BurnRateWindowMinutes}.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-ServiceLevelObjectives.html">Service level objectives: calculate burn rates</a>
     */
    public static final String BURN_RATE_NAMESPACE = "AWS/ApplicationSignals";
    public static final String BURN_RATE_METRIC = "BurnRate";
    public static final String SLO_NAME_DIMENSION = "SloName";
    public static final String WINDOW_DIMENSION = "BurnRateWindowMinutes";
    /** A stack id ends with {@code /<uuid>}: 36 characters unique to the stack. */
    public static final int STACK_ID_UUID_LENGTH = 36;

    private ApplicationSignalsLimits() {
    }
}
