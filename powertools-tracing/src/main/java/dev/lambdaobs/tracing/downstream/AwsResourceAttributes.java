package dev.lambdaobs.tracing.downstream;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;

/**
 * The resources of an AWS call (table, queue, topic, bucket, function...) as OpenTelemetry attributes:
 * the request fields the X-Ray SDK's interceptor records, one entry per service (as the SDK names it),
 * under the semantic conventions' names.
 *
 * @see <a href="https://opentelemetry.io/docs/specs/semconv/cloud-providers/aws-sdk/">Semantic conventions for AWS SDK</a>
 * @see <a href="https://opentelemetry.io/docs/specs/semconv/messaging/sqs/">AWS SQS</a>,
 *      <a href="https://opentelemetry.io/docs/specs/semconv/messaging/sns/">AWS SNS</a>
 */
final class AwsResourceAttributes {
    static final AttributeKey<List<String>> DYNAMODB_TABLE_NAMES = AttributeKey.stringArrayKey("aws.dynamodb.table_names");
    static final AttributeKey<String> SQS_QUEUE_URL = AttributeKey.stringKey("aws.sqs.queue.url");
    static final AttributeKey<String> MESSAGING_DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> SNS_TOPIC_ARN = AttributeKey.stringKey("aws.sns.topic.arn");
    static final AttributeKey<String> S3_BUCKET = AttributeKey.stringKey("aws.s3.bucket");
    static final AttributeKey<String> S3_KEY = AttributeKey.stringKey("aws.s3.key");
    static final AttributeKey<String> LAMBDA_FUNCTION = AttributeKey.stringKey("faas.invoked_name");
    static final AttributeKey<String> KINESIS_STREAM = AttributeKey.stringKey("aws.kinesis.stream_name");
    static final AttributeKey<String> STATE_MACHINE_ARN = AttributeKey.stringKey("aws.step_functions.state_machine.arn");

    /** A request field (its wire name) and what it becomes on the span. */
    private record Field(String name, Class<?> type, Recorder recorder) {
        void record(SdkRequest request, Span span) {
            request.getValueForField(name, type).ifPresent(value -> recorder.record(span, value));
        }
    }

    private interface Recorder {
        void record(Span span, Object value);
    }

    private static final Map<String, List<Field>> BY_SERVICE = Map.of(
            "DynamoDb", List.of(
                    text("TableName", (span, table) -> span.setAttribute(DYNAMODB_TABLE_NAMES, List.of(table))),
                    new Field("RequestItems", Map.class, (span, items) -> span.setAttribute(DYNAMODB_TABLE_NAMES,
                            ((Map<?, ?>) items).keySet().stream().map(String::valueOf).sorted().toList()))),
            "Sqs", List.of(
                    text("QueueUrl", (span, url) -> span.setAttribute(SQS_QUEUE_URL, url)
                            .setAttribute(MESSAGING_DESTINATION, url.substring(url.lastIndexOf('/') + 1))),
                    text("QueueName", (span, name) -> span.setAttribute(MESSAGING_DESTINATION, name))),
            "Sns", List.of(text("TopicArn", (span, arn) -> span.setAttribute(SNS_TOPIC_ARN, arn)
                    .setAttribute(MESSAGING_DESTINATION, arn.substring(arn.lastIndexOf(':') + 1)))),
            "S3", List.of(
                    text("Bucket", (span, bucket) -> span.setAttribute(S3_BUCKET, bucket)),
                    text("Key", (span, key) -> span.setAttribute(S3_KEY, key))),
            "Lambda", List.of(text("FunctionName", (span, name) -> span.setAttribute(LAMBDA_FUNCTION, name))),
            "Kinesis", List.of(text("StreamName", (span, name) -> span.setAttribute(KINESIS_STREAM, name))),
            "Sfn", List.of(text("StateMachineArn", (span, arn) -> span.setAttribute(STATE_MACHINE_ARN, arn))));

    private AwsResourceAttributes() {
    }

    /** Puts the resources {@code request} names on {@code span}; a service without entries adds nothing. */
    static void record(String service, SdkRequest request, Span span) {
        for (Field field : BY_SERVICE.getOrDefault(service, List.of())) {
            field.record(request, span);
        }
    }

    private interface TextRecorder {
        void record(Span span, String value);
    }

    private static Field text(String name, TextRecorder recorder) {
        return new Field(name, String.class, (span, value) -> recorder.record(span, (String) value));
    }
}
