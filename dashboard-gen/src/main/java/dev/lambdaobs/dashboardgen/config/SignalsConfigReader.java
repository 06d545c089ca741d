package dev.lambdaobs.dashboardgen.config;

import dev.lambdaobs.dashboardgen.limits.Statistics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads {@link SignalsConfig} and the {@link RuleExtras} keys of a rule override, naming the key and the limit on error. */
final class SignalsConfigReader {
    /** Top-level keys it reads. */
    static final Set<String> KEYS = Set.of("asyncInvokedFunctions", "eventSourceMappingMetrics", "businessMetrics");
    /** Keys of a rule override it reads. */
    static final Set<String> RULE_KEYS = Set.of("anomalyBand", "statistic", "runbook", "direction");
    /** Keys of a business metric besides a rule override's. */
    private static final Set<String> METRIC_KEYS = Set.of("namespace", "service");

    private SignalsConfigReader() {
    }

    /** @param rule reads a rule override's keys (those of {@code allowed}) */
    static SignalsConfig read(ConfigNode root, java.util.function.BiFunction<ConfigNode, Set<String>, RuleOverride> rule) {
        List<String> async = root.optional("asyncInvokedFunctions").map(ConfigNode::texts).orElse(List.of());
        boolean mappings = root.optional("eventSourceMappingMetrics").map(ConfigNode::bool).orElse(true);
        List<BusinessMetric> metrics = new ArrayList<>();
        root.optional("businessMetrics").ifPresent(node -> node.entries().forEach((name, value) -> {
            Set<String> allowed = new HashSet<>(METRIC_KEYS);
            RuleOverride override = rule.apply(value, allowed);
            if (override.threshold().isEmpty() && override.extras().anomalyBand().isEmpty()) {
                throw value.error("needs a threshold or an anomalyBand");
            }
            metrics.add(new BusinessMetric(name, value.optional("namespace").map(ConfigNode::text),
                    value.optional("service").map(ConfigNode::text), override, value.location()));
        }));
        return new SignalsConfig(async, mappings, metrics, root.optional("lambdaConcurrencyQuota").map(ConfigNode::location));
    }

    /** The extras of a rule override; a threshold with an anomaly band, or {@code outside} without one, is an error. */
    static RuleExtras extras(ConfigNode node) {
        OptionalDouble band = node.optional("anomalyBand").map(SignalsConfigReader::band).orElse(OptionalDouble.empty());
        if (band.isPresent() && node.optional("threshold").isPresent()) {
            throw node.error("threshold and anomalyBand exclude each other: an anomaly detection alarm has no fixed threshold");
        }
        Optional<Direction> direction = node.optional("direction").map(SignalsConfigReader::direction);
        if (direction.filter(Direction.OUTSIDE::equals).isPresent() && band.isEmpty()) {
            throw node.error("direction outside needs an anomalyBand (a fixed threshold has one side)");
        }
        return new RuleExtras(band, node.optional("statistic").map(SignalsConfigReader::statistic),
                node.optional("runbook").map(ConfigNode::text), direction);
    }

    private static OptionalDouble band(ConfigNode node) {
        double band = node.number();
        if (!(band > 0)) {
            throw node.error(band + " is out of range: the band's width in standard deviations must be greater than 0 (e.g. 2)");
        }
        return OptionalDouble.of(band);
    }

    private static String statistic(ConfigNode node) {
        String statistic = node.text();
        Statistics.problem(statistic).ifPresent(problem -> {
            throw node.error(problem);
        });
        return statistic;
    }

    private static Direction direction(ConfigNode node) {
        String text = node.text().toLowerCase(Locale.ROOT);
        for (Direction direction : Direction.values()) {
            if (direction.key().equals(text)) {
                return direction;
            }
        }
        throw node.error("unknown direction '" + node.text() + "'; expected above, below or outside");
    }
}
