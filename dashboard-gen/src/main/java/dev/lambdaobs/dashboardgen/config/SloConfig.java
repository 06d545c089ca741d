package dev.lambdaobs.dashboardgen.config;

import java.util.OptionalDouble;

/**
 * The config's {@code slos}: service level objectives for every API and function, off unless given.
 *
 * <pre>{@code
 * slos: { availability: 99.9, latencyP99Ms: 2000 }
 * }</pre>
 *
 * @param availability the attainment goal in percent: of requests that succeed (request-based), and of minutes
 *                     whose p99 latency is under {@code latencyP99Ms} (period-based)
 * @param latencyP99Ms the p99 latency a good minute stays under, if a latency objective is wanted
 * @param withAvailability whether an availability objective is wanted ({@code availability} given)
 */
public record SloConfig(double availability, OptionalDouble latencyP99Ms, boolean withAvailability) {
    /** The attainment goal when only {@code latencyP99Ms} is given. */
    public static final double DEFAULT_GOAL = 99.9;
    /** An attainment goal is a percentage strictly between these. */
    public static final double MIN_GOAL = 0;
    public static final double MAX_GOAL = 100;
}
