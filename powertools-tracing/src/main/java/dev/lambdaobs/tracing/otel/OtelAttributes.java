package dev.lambdaobs.tracing.otel;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The attribute keys the otel backend writes: OpenTelemetry's semantic conventions for FaaS and cloud
 * resources, and the one X-Ray reads to index annotations.
 *
 * @see <a href="https://opentelemetry.io/docs/specs/semconv/faas/faas-spans/">Semantic conventions for FaaS spans</a>
 * @see <a href="https://opentelemetry.io/docs/specs/semconv/resource/cloud/">Cloud resource conventions</a>
 */
final class OtelAttributes {
    static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    static final AttributeKey<String> CLOUD_PROVIDER = AttributeKey.stringKey("cloud.provider");
    static final AttributeKey<String> CLOUD_PLATFORM = AttributeKey.stringKey("cloud.platform");
    static final AttributeKey<String> CLOUD_REGION = AttributeKey.stringKey("cloud.region");
    static final AttributeKey<String> CLOUD_RESOURCE_ID = AttributeKey.stringKey("cloud.resource_id");
    static final AttributeKey<String> FAAS_NAME = AttributeKey.stringKey("faas.name");
    static final AttributeKey<String> FAAS_VERSION = AttributeKey.stringKey("faas.version");
    static final AttributeKey<Long> FAAS_MAX_MEMORY = AttributeKey.longKey("faas.max_memory");
    static final AttributeKey<String> FAAS_INVOCATION_ID = AttributeKey.stringKey("faas.invocation_id");
    static final AttributeKey<Boolean> FAAS_COLDSTART = AttributeKey.booleanKey("faas.coldstart");

    /**
     * The span's attribute keys X-Ray indexes as annotations. X-Ray's OTLP conversion (the collector's
     * {@code awsxrayexporter}, and X-Ray's OTLP endpoint after it) turns the listed attributes into
     * annotations and every other attribute into metadata.
     *
     * @see <a href="https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/exporter/awsxrayexporter">awsxrayexporter: aws.xray.annotations</a>
     */
    static final AttributeKey<List<String>> XRAY_ANNOTATIONS = AttributeKey.stringArrayKey("aws.xray.annotations");

    /** Set on a span sent without its attributes, events and links because it was over the size limit. */
    static final AttributeKey<Boolean> TRUNCATED = AttributeKey.booleanKey("lambdaobs.truncated");
    static final AttributeKey<Long> ORIGINAL_BYTES = AttributeKey.longKey("lambdaobs.original_bytes");

    /** {@code cloud.provider} and {@code cloud.platform} values. */
    static final String AWS = "aws";
    static final String AWS_LAMBDA = "aws_lambda";

    private OtelAttributes() {
    }
}
