package dev.lambdaobs.core.config;

import java.util.Optional;

/**
 * How Lambda initialized the execution environment ({@code AWS_LAMBDA_INITIALIZATION_TYPE}).
 * Only an on-demand environment is initialized, and a SnapStart environment restored, while a request
 * waits, so only they have cold starts (for SnapStart, Lambda counts Restore Duration plus Duration as the
 * cold start: https://docs.aws.amazon.com/lambda/latest/dg/snapstart-monitoring.html).
 */
public enum InitializationType {
    ON_DEMAND("on-demand", true),
    PROVISIONED_CONCURRENCY("provisioned-concurrency", false),
    /** Restored from a snapshot when a request arrives: the first invocation after the restore is the cold start. */
    SNAP_START("snap-start", true),
    /** Lambda Managed Instances initialize environments ahead of traffic, like provisioned concurrency. */
    LAMBDA_MANAGED_INSTANCES("lambda-managed-instances", false);

    private final String value;
    private final boolean hasColdStarts;

    InitializationType(String value, boolean hasColdStarts) {
        this.value = value;
        this.hasColdStarts = hasColdStarts;
    }

    /** The environment variable's value for this type. */
    public String value() {
        return value;
    }

    /** True when the first invocation of such an environment waits for its initialization (or restore). */
    public boolean hasColdStarts() {
        return hasColdStarts;
    }

    static Optional<InitializationType> parse(String value) {
        for (InitializationType type : values()) {
            if (type.value.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
