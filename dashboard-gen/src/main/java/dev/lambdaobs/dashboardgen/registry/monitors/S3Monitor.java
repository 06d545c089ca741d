package dev.lambdaobs.dashboardgen.registry.monitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.Discovery;
import dev.lambdaobs.dashboardgen.registry.DiscoveryContext;
import dev.lambdaobs.dashboardgen.registry.Fact;
import dev.lambdaobs.dashboardgen.registry.Facts;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.CfnValues;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import dev.lambdaobs.dashboardgen.template.TemplateResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S3 buckets. Request metrics (5xxErrors, TotalRequestLatency) exist only for a bucket with a
 * metrics configuration; in merge mode, when asked, an entire-bucket one is added.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/metrics-configurations.html">S3 request metrics configurations</a>
 */
public final class S3Monitor {
    /** The Id of the metrics configuration merge mode adds. */
    public static final String ADDED_FILTER_ID = "EntireBucket";

    public static final ResourceProfile BUCKET = new ResourceProfile("s3", "S3 buckets (request metrics)", "AWS/S3",
            List.of(
                    AlarmRule.critical("5xxErrors").metric("5xxErrors", "Sum").above(0).evaluate(60, 5, 3)
                            .description("S3 answers requests with server-side errors").build(),
                    AlarmRule.warning("TotalRequestLatencyP99").metric("TotalRequestLatency", "p99").above(1_000).evaluate(60, 5, 5)
                            .description("p99 request latency is above 1 s").build()),
            List.of(new GraphSpec("Requests and errors", List.of(MetricTerm.of("AllRequests", "Sum"), MetricTerm.of("4xxErrors", "Sum"),
                            MetricTerm.of("5xxErrors", "Sum"))),
                    new GraphSpec("Latency", List.of(MetricTerm.of("TotalRequestLatency", "p50"), MetricTerm.of("TotalRequestLatency", "p99")))));

    private S3Monitor() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(BUCKET).type(ResourceType.of("AWS::S3::Bucket", S3Monitor::bucket).profiles(BUCKET).tagged("s3:").dimension(PhysicalIds.AS_IS));
    }

    private static Discovery bucket(TemplateResource bucket, DiscoveryContext context) {
        Optional<String> existing = entireBucketFilter(bucket.property("MetricsConfigurations"));
        if (existing.isEmpty() && !context.s3RequestMetrics()) {
            return Discovery.skipped(bucket.describe() + ": no entire-bucket request metrics configuration; set "
                    + "s3RequestMetrics: true in the config (merge mode) to add one");
        }
        String filterId = existing.orElse(ADDED_FILTER_ID);
        Facts facts = Facts.builder().with(Fact.ADD_REQUEST_METRICS, existing.isEmpty()).build();
        JsonNode name = Monitored.name(bucket, "BucketName", Intrinsics.ref(bucket.logicalId()));
        return Discovery.found(Monitored.of(bucket, BUCKET, Map.of("BucketName", name, "FilterId", Intrinsics.text(filterId)), facts));
    }

    private static Optional<String> entireBucketFilter(JsonNode configurations) {
        for (JsonNode configuration : configurations) {
            boolean filtered = CfnValues.present(configuration.path("Prefix")) || CfnValues.present(configuration.path("TagFilters"))
                    || CfnValues.present(configuration.path("AccessPointArn"));
            Optional<String> id = CfnValues.literal(configuration.path("Id"));
            if (!filtered && id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }
}
