package dev.lambdaobs.dashboardgen.config;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads the config's {@code slos} (see {@link SloConfig}): goals outside their range name the key and the limit. */
final class SloConfigReader {
    private static final Set<String> SLOS = Set.of("availability", "latencyP99Ms");

    private SloConfigReader() {
    }

    static SloConfig read(ConfigNode node) {
        node.mapping(SLOS);
        Optional<ConfigNode> availability = node.optional("availability");
        Optional<ConfigNode> latency = node.optional("latencyP99Ms");
        if (availability.isEmpty() && latency.isEmpty()) {
            throw node.error("needs availability (a percentage, e.g. 99.9) or latencyP99Ms (milliseconds), or both");
        }
        double goal = availability.map(SloConfigReader::goal).orElse(SloConfig.DEFAULT_GOAL);
        OptionalDouble p99 = latency.map(SloConfigReader::positiveMillis).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        return new SloConfig(goal, p99, availability.isPresent());
    }

    private static double goal(ConfigNode node) {
        double goal = node.number();
        if (!(goal > SloConfig.MIN_GOAL && goal < SloConfig.MAX_GOAL)) {
            throw node.error(goal + " is not an attainment goal: give a percentage above " + (int) SloConfig.MIN_GOAL
                    + " and below " + (int) SloConfig.MAX_GOAL + ", e.g. 99.9");
        }
        return goal;
    }

    private static double positiveMillis(ConfigNode node) {
        double millis = node.number();
        if (!(millis > 0)) {
            throw node.error(millis + " is not a latency: give milliseconds above 0, e.g. 2000");
        }
        return millis;
    }
}
