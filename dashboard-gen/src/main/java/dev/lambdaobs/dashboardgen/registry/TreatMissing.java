package dev.lambdaobs.dashboardgen.registry;

/**
 * What an alarm makes of a period without data. Metrics that AWS publishes only when non-zero
 * (Errors, Throttles, 5XX counts) use {@link #NOT_BREACHING}, so silence is OK rather than
 * INSUFFICIENT_DATA.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data">Configuring how alarms treat missing data</a>
 */
public enum TreatMissing {
    NOT_BREACHING("notBreaching"), BREACHING("breaching"), IGNORE("ignore"), MISSING("missing");

    private final String cfnName;

    TreatMissing(String cfnName) {
        this.cfnName = cfnName;
    }

    public String cfnName() {
        return cfnName;
    }
}
