package dev.lambdaobs.dashboardgen.registry;

import java.util.function.UnaryOperator;

/**
 * The usual ways a physical id or ARN ends in the name a CloudWatch dimension needs, for
 * {@link ResourceType#dimension} and {@link ResourceType#tagged(String, UnaryOperator)}.
 *
 * <pre>{@code
 * PhysicalIds.LAST_PATH_SEGMENT.apply("https://sqs.eu-west-1.amazonaws.com/123456789012/orders"); // orders
 * }</pre>
 */
public final class PhysicalIds {
    public static final UnaryOperator<String> AS_IS = id -> id;
    public static final UnaryOperator<String> LAST_PATH_SEGMENT = id -> id.substring(id.lastIndexOf('/') + 1);
    public static final UnaryOperator<String> LAST_ARN_PART = id -> id.substring(id.lastIndexOf(':') + 1);

    private PhysicalIds() {
    }
}
