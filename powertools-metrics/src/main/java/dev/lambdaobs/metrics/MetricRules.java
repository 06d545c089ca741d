package dev.lambdaobs.metrics;

import static dev.lambdaobs.metrics.EmfLimits.*;

import java.time.Duration;
import java.time.Instant;

/** The single-value checks; each returns what is wrong, or null when the input is fine. */
final class MetricRules {
    /** A broken rule; {@code key} identifies it without the offending value, so it is reported once. */
    record Problem(String key, String message) {
    }

    private MetricRules() {
    }

    /** The {@code role} (metric name, dimension...) {@code key} is already another member of the document. */
    static Problem collision(String role, String key, String what) {
        return new Problem("collision:" + key, role + " '" + key + "' " + what);
    }

    static Problem unitConflict(RecordedMetric known, MetricUnit unit, Resolution resolution) {
        return new Problem("conflict:" + known.name(), "metric '" + known.name() + "' was recorded as " + known.unit()
                + "/" + known.resolution() + " and now as " + unit + "/" + resolution
                + "; one name has one unit and resolution");
    }

    static Problem tooManyDimensions(Dimensions complete) {
        return new Problem("dimensions.count", "dimension set " + complete.asMap().keySet() + " has " + complete.size()
                + " keys; at most " + MAX_DIMENSIONS_PER_SET + " (default dimensions included)");
    }

    static Problem namespace(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            return new Problem("namespace.unset", "namespace is not set: set POWERTOOLS_METRICS_NAMESPACE or the namespace in code");
        }
        if (namespace.length() > MAX_NAMESPACE_LENGTH) {
            return new Problem("namespace.length", "namespace '" + namespace + "' is longer than " + MAX_NAMESPACE_LENGTH + " characters");
        }
        if (!NAMESPACE_PATTERN.matcher(namespace).matches()) {
            return new Problem("namespace.chars", "namespace '" + namespace + "' may only contain letters, digits and . _ # : / -");
        }
        if (namespace.startsWith(RESERVED_NAMESPACE_PREFIX)) {
            return new Problem("namespace.reserved", "namespace '" + namespace + "' starts with " + RESERVED_NAMESPACE_PREFIX + ", which is reserved for AWS");
        }
        return null;
    }

    static Problem metric(String name, double value, MetricUnit unit, Resolution resolution) {
        Problem problem = name(name, "metric name", MAX_METRIC_NAME_LENGTH);
        if (problem != null) {
            return problem;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new Problem("value.nonfinite:" + name, "metric '" + name + "' has value " + value + ": CloudWatch accepts only finite numbers");
        }
        if (Math.abs(value) > MAX_VALUE_MAGNITUDE) {
            return new Problem("value.range:" + name, "metric '" + name + "' has value " + value + ", outside CloudWatch's range of -2^360 to 2^360");
        }
        if (unit == null) {
            return new Problem("unit:" + name, "metric '" + name + "' has no unit");
        }
        if (resolution == null) {
            return new Problem("resolution:" + name, "metric '" + name + "' has no resolution");
        }
        return null;
    }

    static Problem dimension(String key, String value) {
        Problem problem = name(key, "dimension name", MAX_DIMENSION_NAME_LENGTH);
        if (problem != null) {
            return problem;
        }
        if (key.startsWith(":")) {
            return new Problem("dimension.colon:" + key, "dimension name '" + key + "' starts with ':'");
        }
        if (value == null || value.isBlank()) {
            return new Problem("dimension.empty:" + key, "dimension '" + key + "' has an empty value");
        }
        if (value.length() > MAX_DIMENSION_VALUE_LENGTH) {
            return new Problem("dimension.length:" + key, "dimension '" + key + "' has a value longer than " + MAX_DIMENSION_VALUE_LENGTH + " characters");
        }
        if (!isAsciiPrintable(value)) {
            return new Problem("dimension.chars:" + key, "dimension '" + key + "' has a value with characters other than printable ASCII");
        }
        return null;
    }

    static Problem propertyKey(String key) {
        if (key == null || key.isBlank()) {
            return new Problem("metadata.key", "metadata key is empty");
        }
        return null;
    }

    static Problem timestamp(Instant timestamp, Instant now) {
        if (timestamp == null) {
            return new Problem("timestamp.null", "timestamp is null");
        }
        if (timestamp.isBefore(now.minus(Duration.ofDays(MAX_TIMESTAMP_AGE_DAYS)))) {
            return new Problem("timestamp.past", "timestamp " + timestamp + " is more than " + MAX_TIMESTAMP_AGE_DAYS + " days in the past");
        }
        if (timestamp.isAfter(now.plus(Duration.ofHours(MAX_TIMESTAMP_FUTURE_HOURS)))) {
            return new Problem("timestamp.future", "timestamp " + timestamp + " is more than " + MAX_TIMESTAMP_FUTURE_HOURS + " hours in the future");
        }
        return null;
    }

    private static Problem name(String name, String what, int maxLength) {
        if (name == null || name.isBlank()) {
            return new Problem(what + ".empty", what + " is empty");
        }
        if (name.length() > maxLength) {
            return new Problem(what + ".length", what + " '" + name.substring(0, 40) + "...' is longer than " + maxLength + " characters");
        }
        if (!isAsciiPrintable(name)) {
            return new Problem(what + ".chars:" + name, what + " '" + name + "' has characters other than printable ASCII");
        }
        return null;
    }

    /** The EMF library accepts only printable ASCII in dimensions; metric names follow the same rule. */
    private static boolean isAsciiPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 32 || c > 126) {
                return false;
            }
        }
        return true;
    }
}
