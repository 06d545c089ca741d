package dev.lambdaobs.core.schema;

import dev.lambdaobs.core.config.EnvironmentVariables;
import java.util.regex.Pattern;

/**
 * Which CloudWatch namespace powertools-metrics writes to when none is set, and so the namespace
 * dashboard-gen graphs for a function without {@code POWERTOOLS_METRICS_NAMESPACE}: the service
 * name when it is a valid namespace, else {@value #FALLBACK}. One rule, so the writer and the
 * dashboards cannot drift apart.
 *
 * <pre>{@code
 * MetricNamespaces.withoutOneSet("orders");           // "orders"
 * MetricNamespaces.withoutOneSet("orders & billing"); // "service_undefined"
 * }</pre>
 */
public final class MetricNamespaces {
    /**
     * Length of a namespace: CloudWatch allows 255 characters.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace">Namespaces</a>
     */
    public static final int MAX_LENGTH = 255;

    /**
     * Namespace characters: CloudWatch also allows spaces, the EMF client library does not.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace">Namespaces</a>
     */
    public static final Pattern PATTERN = Pattern.compile("[a-zA-Z0-9._#:/-]+");

    /**
     * The prefix of namespaces reserved for AWS services.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace">Namespaces</a>
     */
    public static final String RESERVED_PREFIX = "AWS/";

    /** The namespace when neither a namespace nor a usable service name is set, as Powertools names an unnamed service. */
    public static final String FALLBACK = EnvironmentVariables.UNDEFINED_SERVICE;

    private MetricNamespaces() {
    }

    /** Whether CloudWatch and the EMF client library accept {@code namespace}. */
    public static boolean isValid(String namespace) {
        return namespace != null && namespace.length() <= MAX_LENGTH && PATTERN.matcher(namespace).matches()
                && !namespace.startsWith(RESERVED_PREFIX);
    }

    /** The namespace metrics go to when none is set: {@code serviceName} when it is a valid namespace, else {@value #FALLBACK}. */
    public static String withoutOneSet(String serviceName) {
        return isValid(serviceName) ? serviceName : FALLBACK;
    }
}
