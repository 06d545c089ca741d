package dev.lambdaobs.dashboardgen.registry.monitors;

import dev.lambdaobs.dashboardgen.registry.AlarmRule;
import dev.lambdaobs.dashboardgen.registry.GraphSpec;
import dev.lambdaobs.dashboardgen.registry.MetricTerm;
import dev.lambdaobs.dashboardgen.registry.MonitorRegistry;
import dev.lambdaobs.dashboardgen.registry.PhysicalIds;
import dev.lambdaobs.dashboardgen.registry.ResourceProfile;
import dev.lambdaobs.dashboardgen.registry.ResourceType;
import dev.lambdaobs.dashboardgen.template.Intrinsics;
import java.util.List;

/**
 * Kinesis data streams: throughput exceeded, consumer lag and API success rates.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html#Kinesis">Recommended alarms: Kinesis Data Streams</a>
 */
public final class StreamMonitors {
    public static final ResourceProfile KINESIS = new ResourceProfile("kinesis", "Kinesis streams", "AWS/Kinesis",
            List.of(
                    AlarmRule.warning("ReadThroughputExceeded").metric("ReadProvisionedThroughputExceeded", "Average")
                            .above(0.01).evaluate(60, 5, 5).description("Reads are throttled: consumers fall behind").build(),
                    AlarmRule.critical("WriteThroughputExceeded").metric("WriteProvisionedThroughputExceeded", "Average")
                            .above(0.01).evaluate(60, 5, 5).description("Writes are throttled: producers may lose records").build(),
                    AlarmRule.warning("IteratorAge").metric("GetRecords.IteratorAgeMilliseconds", "Maximum").above(60_000)
                            .evaluate(60, 5, 5).description("Consumers are more than a minute behind").build(),
                    AlarmRule.critical("PutRecordSuccess").metric("PutRecord.Success", "Average").below(0.99).evaluate(60, 5, 5)
                            .description("More than 1% of PutRecord calls fail").build(),
                    AlarmRule.critical("PutRecordsSuccess").metric("PutRecords.Success", "Average").below(0.99).evaluate(60, 5, 5)
                            .description("More than 1% of PutRecords calls fail").build(),
                    AlarmRule.warning("GetRecordsSuccess").metric("GetRecords.Success", "Average").below(0.99).evaluate(60, 5, 5)
                            .description("More than 1% of GetRecords calls fail").build()),
            List.of(new GraphSpec("Records in and out", List.of(MetricTerm.of("IncomingRecords", "Sum"), MetricTerm.of("GetRecords.Records", "Sum"))),
                    new GraphSpec("Throughput exceeded", List.of(MetricTerm.of("ReadProvisionedThroughputExceeded", "Average"),
                            MetricTerm.of("WriteProvisionedThroughputExceeded", "Average"))),
                    GraphSpec.of("Iterator age", "GetRecords.IteratorAgeMilliseconds", "Maximum")));

    private StreamMonitors() {
    }

    static void register(MonitorRegistry.Builder registry) {
        registry.profile(KINESIS).type(ResourceType.of("AWS::Kinesis::Stream", Monitored.single(KINESIS, "StreamName",
                stream -> Monitored.name(stream, "Name", Intrinsics.ref(stream.logicalId()))))
                .profiles(KINESIS).tagged("kinesis:stream").dimension(PhysicalIds.LAST_PATH_SEGMENT));
    }
}
