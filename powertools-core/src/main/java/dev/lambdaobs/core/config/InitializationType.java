package dev.lambdaobs.core.config;

import java.util.Optional;

/**
 * How Lambda initialized the execution environment ({@code AWS_LAMBDA_INITIALIZATION_TYPE}).
 * Only an on-demand environment is initialized while a request waits, so only it has cold starts.
 */
public enum InitializationType {
    ON_DEMAND("on-demand", true),
    PROVISIONED_CONCURRENCY("provisioned-concurrency", false),
    SNAP_START("snap-start", false),
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

    /** True when the first invocation of such an environment waits for its initialization. */
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
