package dev.lambdaobs.dashboardgen.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Puts the desired CloudWatch resources that differ from what exists, children before the
 * composite alarms that name them. Idempotent: what already matches is not put again. One
 * resource's refusal by AWS does not stop the others; each is reported. An unreachable endpoint
 * stops the run (the SDK exception propagates): every other put would wait out its timeout too.
 *
 * <pre>{@code
 * ApplyReport report = new Applier(cloudWatch, logs).apply(DesiredState.read(template, applier.pseudoParameters(sts)), dryRun);
 * }</pre>
 */
public final class Applier {
    private final List<ResourceApi> apis;
    private final String region;

    public Applier(CloudWatchClient cloudWatch, CloudWatchLogsClient logs) {
        this.apis = List.of(new AlarmApi(cloudWatch), new DashboardApi(cloudWatch), new QueryDefinitionApi(logs));
        this.region = cloudWatch.serviceClientConfiguration().region().id();
    }

    /**
     * The pseudo parameters of the region the clients call, for
     * {@link DesiredState#read(java.nio.file.Path, PseudoParameters)}; the account id comes from STS
     * GetCallerIdentity, called only when a value uses it.
     */
    public PseudoParameters pseudoParameters(StsClient sts) {
        return PseudoParameters.forRegion(region, () -> sts.getCallerIdentity().account());
    }

    /** Compares, and unless {@code dryRun}, puts every resource that is missing or differs. */
    public ApplyReport apply(List<Resource> desired, boolean dryRun) {
        Map<ResourceKind, Map<String, ObjectNode>> existing = new EnumMap<>(ResourceKind.class);
        apis.forEach(api -> existing.putAll(api.fetch(desired)));
        List<Change> changes = Diff.compute(desired, existing);
        if (dryRun) {
            return new ApplyReport(changes, List.of());
        }
        List<ApplyReport.Outcome> outcomes = new ArrayList<>();
        for (Change change : changes) {
            if (change.needsPut()) {
                outcomes.add(put(change));
            }
        }
        return new ApplyReport(changes, outcomes);
    }

    private ApplyReport.Outcome put(Change change) {
        ResourceApi api = apiFor(change.desired().kind());
        try {
            return new ApplyReport.Outcome(change, null, api.put(change.desired()));
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode() + ": ";
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            return new ApplyReport.Outcome(change, code + message, List.of());
        }
    }

    private ResourceApi apiFor(ResourceKind kind) {
        return apis.stream().filter(api -> api.kinds().contains(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no API for " + kind));
    }
}
