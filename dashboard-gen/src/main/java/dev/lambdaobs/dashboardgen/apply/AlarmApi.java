package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaobs.dashboardgen.aws.SdkJson;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutCompositeAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;

/** Metric and composite alarms: DescribeAlarms, PutMetricAlarm, PutCompositeAlarm. */
final class AlarmApi implements ResourceApi {
    /**
     * Most alarm names one DescribeAlarms call accepts.
     *
     * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html">DescribeAlarms</a>
     */
    static final int MAX_NAMES_PER_DESCRIBE = 100;

    private final CloudWatchClient cloudWatch;

    AlarmApi(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    @Override
    public List<ResourceKind> kinds() {
        return List.of(ResourceKind.ALARM, ResourceKind.COMPOSITE_ALARM);
    }

    @Override
    public Map<ResourceKind, Map<String, ObjectNode>> fetch(List<Resource> desired) {
        Map<ResourceKind, Map<String, ObjectNode>> existing = new EnumMap<>(ResourceKind.class);
        existing.put(ResourceKind.ALARM, new HashMap<>());
        existing.put(ResourceKind.COMPOSITE_ALARM, new HashMap<>());
        List<String> names = desired.stream().filter(r -> kinds().contains(r.kind())).map(Resource::name).toList();
        for (int from = 0; from < names.size(); from += MAX_NAMES_PER_DESCRIBE) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + MAX_NAMES_PER_DESCRIBE));
            String token = null;
            do {
                String next = token;
                DescribeAlarmsResponse page = cloudWatch.describeAlarms(b -> b.alarmNames(batch)
                        .alarmTypes(AlarmType.METRIC_ALARM, AlarmType.COMPOSITE_ALARM).nextToken(next));
                page.metricAlarms().forEach(a -> existing.get(ResourceKind.ALARM)
                        .put(a.alarmName(), Canonical.settable(a, PutMetricAlarmRequest.builder())));
                page.compositeAlarms().forEach(a -> existing.get(ResourceKind.COMPOSITE_ALARM)
                        .put(a.alarmName(), Canonical.settable(a, PutCompositeAlarmRequest.builder())));
                token = page.nextToken();
            } while (token != null);
        }
        return existing;
    }

    @Override
    public List<String> put(Resource resource) {
        if (resource.kind() == ResourceKind.ALARM) {
            cloudWatch.putMetricAlarm(SdkJson.build(PutMetricAlarmRequest.builder(), resource.properties()));
        } else {
            cloudWatch.putCompositeAlarm(SdkJson.build(PutCompositeAlarmRequest.builder(), resource.properties()));
        }
        return List.of();
    }

}
