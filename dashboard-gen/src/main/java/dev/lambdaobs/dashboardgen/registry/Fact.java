package dev.lambdaobs.dashboardgen.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A typed key for something discovery learnt about a resource (its timeout, whether it reads a
 * stream), so rules read facts without string maps.
 *
 * <pre>{@code
 * Fact<Integer> TIMEOUT = new Fact<>("timeoutSeconds", Integer.class);
 * }</pre>
 */
public record Fact<T>(String name, Class<T> type) {
    public static final Fact<Integer> TIMEOUT_SECONDS = new Fact<>("timeoutSeconds", Integer.class);
    /**
     * A function's {@code Timeout} written {@code Fn::If [condition, a, b]} with a literal or absent (Lambda's default)
     * timeout in each branch, under a condition its template declares: the branches, in seconds, as that {@code Fn::If}.
     */
    public static final Fact<JsonNode> TIMEOUT_IF = new Fact<>("timeoutIf", JsonNode.class);
    /** The concurrency a function may reach: its reserved concurrency, else the account's regional quota. */
    public static final Fact<Integer> CONCURRENCY_LIMIT = new Fact<>("concurrencyLimit", Integer.class);
    /** The function reads a Kinesis, DynamoDB or DocumentDB stream (Lambda emits IteratorAge). */
    public static final Fact<Boolean> READS_STREAM = new Fact<>("readsStream", Boolean.class);
    /** The function reads Kafka topics, Amazon MSK or self-managed (Lambda emits OffsetLag, not IteratorAge). */
    public static final Fact<Boolean> READS_KAFKA = new Fact<>("readsKafka", Boolean.class);
    public static final Fact<Boolean> HAS_DEAD_LETTER_QUEUE = new Fact<>("hasDeadLetterQueue", Boolean.class);
    public static final Fact<Boolean> HAS_DESTINATION = new Fact<>("hasDestination", Boolean.class);
    /** An EventBridge rule has a target with a dead-letter queue. */
    public static final Fact<Boolean> RULE_HAS_DEAD_LETTER_QUEUE = new Fact<>("ruleHasDeadLetterQueue", Boolean.class);
    /** An EventBridge rule has a target whose dead-letter queue is not in the template (so no queue alarm watches it). */
    public static final Fact<Boolean> EXTERNAL_DEAD_LETTER_QUEUE = new Fact<>("externalDeadLetterQueue", Boolean.class);
    public static final Fact<Boolean> IS_DEAD_LETTER_QUEUE = new Fact<>("isDeadLetterQueue", Boolean.class);
    public static final Fact<Boolean> LAMBDA_TARGETS = new Fact<>("lambdaTargets", Boolean.class);
    /** An EventBridge pipe has an enrichment step (it publishes EnrichmentStage* metrics). */
    public static final Fact<Boolean> PIPE_ENRICHMENT = new Fact<>("pipeEnrichment", Boolean.class);
    /** An S3 bucket needs the entire-bucket request metrics configuration added (merge mode). */
    public static final Fact<Boolean> ADD_REQUEST_METRICS = new Fact<>("addRequestMetrics", Boolean.class);
    /** A function's log group name, as a CloudFormation value. */
    public static final Fact<JsonNode> LOG_GROUP = new Fact<>("logGroup", JsonNode.class);
    /** The EMF namespace a function's metrics go to (POWERTOOLS_METRICS_NAMESPACE, else the service name or service_undefined), as a CloudFormation value. */
    public static final Fact<JsonNode> METRICS_NAMESPACE = new Fact<>("metricsNamespace", JsonNode.class);
    /** A function's POWERTOOLS_SERVICE_NAME, as a CloudFormation value (the {@code Service} dimension of its EMF metrics). */
    public static final Fact<JsonNode> SERVICE_DIMENSION = new Fact<>("serviceDimension", JsonNode.class);
    /** The function is invoked asynchronously (S3, SNS, EventBridge, an EventInvokeConfig, the config's list): Lambda emits AsyncEvent* metrics. */
    public static final Fact<Boolean> INVOKED_ASYNC = new Fact<>("invokedAsync", Boolean.class);
    /** An event source mapping needs {@code MetricsConfig: {Metrics: [EventCount]}} added (merge mode). */
    public static final Fact<Boolean> ADD_EVENT_COUNT_METRICS = new Fact<>("addEventCountMetrics", Boolean.class);
    /** The SAM function whose event creates this event source mapping (the event is {@link #SAM_EVENT}). */
    public static final Fact<String> SAM_EVENT_OWNER = new Fact<>("samEventOwner", String.class);
    /** The name of the SAM event that creates this event source mapping. */
    public static final Fact<String> SAM_EVENT = new Fact<>("samEvent", String.class);

    /**
     * The record's equality, written out: the generated equals and hashCode link through {@code ObjectMethods} at
     * first use, spinning method-handle classes CDS cannot archive (milliseconds a record at start, issue 19).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Fact<?> fact && Objects.equals(name, fact.name) && Objects.equals(type, fact.type);
    }

    /** The record's hash (the components' hashes combined as the generated one does). */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(name) + Objects.hashCode(type);
    }
}
